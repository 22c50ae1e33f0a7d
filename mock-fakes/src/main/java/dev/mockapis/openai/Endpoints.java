package dev.mockapis.openai;

import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The OpenAI endpoints beyond the model-turn APIs (moderations, files, uploads, batches, audio,
 * images, vector stores, videos): their
 * routes, handlers and state, kept apart from the chat-shaped core of the fake.
 */
final class Endpoints {

    /** Method, path (without {@code /v1}) and operation id, as in {@link OpenAiRoutes}. */
    static final String[][] ROUTES = {
        {"POST", "/moderations", "moderations.create"},
        {"POST", "/files", "files.create"},
        {"GET", "/files", "files.list"},
        {"GET", "/files/{file_id}/content", "files.content"},
        {"GET", "/files/{file_id}", "files.retrieve"},
        {"DELETE", "/files/{file_id}", "files.delete"},
        {"POST", "/uploads", "uploads.create"},
        {"POST", "/uploads/{upload_id}/parts", "uploads.parts.create"},
        {"POST", "/uploads/{upload_id}/complete", "uploads.complete"},
        {"POST", "/uploads/{upload_id}/cancel", "uploads.cancel"},
        {"POST", "/batches", "batches.create"},
        {"GET", "/batches", "batches.list"},
        {"POST", "/batches/{batch_id}/cancel", "batches.cancel"},
        {"GET", "/batches/{batch_id}", "batches.retrieve"},
        {"POST", "/audio/speech", "audio.speech.create"},
        {"POST", "/audio/transcriptions", "audio.transcriptions.create"},
        {"POST", "/audio/translations", "audio.translations.create"},
        {"POST", "/images/generations", "images.generate"},
        {"POST", "/images/edits", "images.edit"},
        {"POST", "/images/variations", "images.create_variation"},
        {"GET", "/images/generated/{image_file}", Images.DOWNLOAD},
        {"POST", "/vector_stores", "vector_stores.create"},
        {"GET", "/vector_stores", "vector_stores.list"},
        {"GET", "/vector_stores/{vector_store_id}", "vector_stores.retrieve"},
        {"POST", "/vector_stores/{vector_store_id}", "vector_stores.update"},
        {"DELETE", "/vector_stores/{vector_store_id}", "vector_stores.delete"},
        {"POST", "/vector_stores/{vector_store_id}/search", "vector_stores.search"},
        {"POST", "/vector_stores/{vector_store_id}/files", "vector_stores.files.create"},
        {"GET", "/vector_stores/{vector_store_id}/files", "vector_stores.files.list"},
        {"GET", "/vector_stores/{vector_store_id}/files/{file_id}/content", "vector_stores.files.content"},
        {"GET", "/vector_stores/{vector_store_id}/files/{file_id}", "vector_stores.files.retrieve"},
        {"POST", "/vector_stores/{vector_store_id}/files/{file_id}", "vector_stores.files.update"},
        {"DELETE", "/vector_stores/{vector_store_id}/files/{file_id}", "vector_stores.files.delete"},
        {"POST", "/vector_stores/{vector_store_id}/file_batches", "vector_stores.file_batches.create"},
        {
            "GET",
            "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
            "vector_stores.file_batches.list_files"
        },
        {"POST", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel", "vector_stores.file_batches.cancel"
        },
        {"GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}", "vector_stores.file_batches.retrieve"},
        {"POST", "/videos", "videos.create"},
        {"GET", "/videos", "videos.list"},
        {"GET", "/videos/{video_id}/content", "videos.download_content"},
        {"POST", "/videos/{video_id}/remix", "videos.remix"},
        {"GET", "/videos/{video_id}", "videos.retrieve"},
        {"DELETE", "/videos/{video_id}", "videos.delete"},
    };

    private final Moderations moderations;
    private final FileStore fileStore;
    private final Files files;
    private final Uploads uploads;
    private final Batches batches;
    private final Audio audio = new Audio();
    private final Images images;
    private final VectorStores vectorStores;
    private final Videos videos;

    Endpoints(IdGenerator ids, Clock clock) {
        this.moderations = new Moderations(ids);
        this.fileStore = new FileStore(ids);
        this.files = new Files(clock, fileStore);
        this.uploads = new Uploads(ids, clock, fileStore);
        this.batches = new Batches(ids, clock, fileStore);
        this.images = new Images(ids, clock);
        this.vectorStores = new VectorStores(ids, clock, fileStore);
        this.videos = new Videos(ids, clock);
    }

    void register(BiConsumer<String, OpenAiOperations.Handler> handlers) {
        handlers.accept("moderations.create", moderations::create);
        handlers.accept("files.create", files::create);
        handlers.accept("files.list", files::list);
        handlers.accept("files.retrieve", files::retrieve);
        handlers.accept("files.delete", files::delete);
        handlers.accept("files.content", files::content);
        handlers.accept("uploads.create", uploads::create);
        handlers.accept("uploads.parts.create", uploads::addPart);
        handlers.accept("uploads.complete", uploads::complete);
        handlers.accept("uploads.cancel", uploads::cancel);
        handlers.accept("batches.create", batches::create);
        handlers.accept("batches.list", batches::list);
        handlers.accept("batches.retrieve", batches::retrieve);
        handlers.accept("batches.cancel", batches::cancel);
        handlers.accept("audio.speech.create", audio::speech);
        handlers.accept("audio.transcriptions.create", audio::transcription);
        handlers.accept("audio.translations.create", audio::translation);
        handlers.accept("images.generate", images::generate);
        handlers.accept("images.edit", images::edit);
        handlers.accept("images.create_variation", images::createVariation);
        handlers.accept(Images.DOWNLOAD, images::download);
        handlers.accept("vector_stores.create", vectorStores::create);
        handlers.accept("vector_stores.list", vectorStores::list);
        handlers.accept("vector_stores.retrieve", vectorStores::retrieve);
        handlers.accept("vector_stores.update", vectorStores::update);
        handlers.accept("vector_stores.delete", vectorStores::delete);
        handlers.accept("vector_stores.search", vectorStores::search);
        handlers.accept("vector_stores.files.create", vectorStores::createFile);
        handlers.accept("vector_stores.files.list", vectorStores::listFiles);
        handlers.accept("vector_stores.files.content", vectorStores::fileContent);
        handlers.accept("vector_stores.files.retrieve", vectorStores::retrieveFile);
        handlers.accept("vector_stores.files.update", vectorStores::updateFile);
        handlers.accept("vector_stores.files.delete", vectorStores::deleteFile);
        handlers.accept("vector_stores.file_batches.create", vectorStores::createBatch);
        handlers.accept("vector_stores.file_batches.list_files", vectorStores::listBatchFiles);
        handlers.accept("vector_stores.file_batches.cancel", vectorStores::cancelBatch);
        handlers.accept("vector_stores.file_batches.retrieve", vectorStores::retrieveBatch);
        handlers.accept("videos.create", videos::create);
        handlers.accept("videos.list", videos::list);
        handlers.accept("videos.download_content", videos::content);
        handlers.accept("videos.remix", videos::remix);
        handlers.accept("videos.retrieve", videos::retrieve);
        handlers.accept("videos.delete", videos::delete);
    }

    /** Forgets every stored object, as after a test. */
    void reset() {
        fileStore.clear();
        uploads.clear();
        batches.clear();
        images.clear();
        vectorStores.clear();
        videos.clear();
    }

    /** The vector stores, which the Responses API's {@code file_search} tool searches. */
    VectorStores vectorStores() {
        return vectorStores;
    }
}
