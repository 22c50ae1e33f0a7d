package dev.mockapis.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdSequenceTests {

    @Test
    void unseededSequencesStartDifferentlyAsTwoProcessesWould() {
        IdSequence one = randomSequence();
        IdSequence other = randomSequence();

        assertThat(one.next("SM", IdSequence.HEX, 32)).isNotEqualTo(other.next("SM", IdSequence.HEX, 32));
    }

    @Test
    void randomIdsHaveTheProvidersShapeAndDoNotRepeat() {
        IdSequence ids = randomSequence();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next("msg_01", IdSequence.BASE62, 22);
            assertThat(id).matches("msg_01[0-9A-Za-z]{22}");
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void aResetDoesNotRepeatRandomIds() {
        IdSequence ids = randomSequence();
        String before = ids.next("SM", IdSequence.HEX, 32);
        ids.reset();
        assertThat(ids.next("SM", IdSequence.HEX, 32)).isNotEqualTo(before);
    }

    @Test
    void uuidsHaveVersionFourShapeAndFollowTheSeed() {
        IdSequence random = randomSequence();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String uuid = random.uuid();
            assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(java.util.UUID.fromString(uuid).version()).isEqualTo(4);
            assertThat(seen.add(uuid)).isTrue();
        }
        assertThat(new IdSequence(7).uuid()).isEqualTo(new IdSequence(7).uuid());
    }

    @Test
    void aScratchSequenceNeverAdvancesItsOrigin() {
        IdSequence seeded = new IdSequence(11);
        IdSequence fresh = new IdSequence(11);
        seeded.scratch().next("resp_", IdSequence.HEX, 16);

        assertThat(seeded.next("resp_", IdSequence.HEX, 16)).isEqualTo(fresh.next("resp_", IdSequence.HEX, 16));
        assertThat(randomSequence().scratch().seed()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameIdsAndAResetStartsThemAgain() {
        IdSequence one = new IdSequence(42);
        IdSequence other = new IdSequence(42);
        List<String> ids = IntStream.range(0, 5)
                .mapToObj(i -> one.next("SM", IdSequence.HEX, 32))
                .toList();

        assertThat(IntStream.range(0, 5).mapToObj(i -> other.next("SM", IdSequence.HEX, 32)))
                .containsExactlyElementsOf(ids);
        assertThat(new HashSet<>(ids)).hasSize(5);
        one.reset();
        assertThat(one.next("SM", IdSequence.HEX, 32)).isEqualTo(ids.get(0));
        assertThat(new IdSequence(43).next("SM", IdSequence.HEX, 32)).isNotEqualTo(ids.get(0));
    }

    @Test
    void theSeedMayComeFromTheSystemProperty() {
        System.setProperty(IdSequence.SEED_PROPERTY, "7");
        try {
            assertThat(new IdSequence().next("req_", IdSequence.HEX, 32))
                    .isEqualTo(new IdSequence(7).next("req_", IdSequence.HEX, 32));
            System.setProperty(IdSequence.SEED_PROPERTY, "seven");
            assertThatThrownBy(IdSequence::new)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The system property mockapis.ids.seed must be a whole number, was 'seven'");
        } finally {
            System.clearProperty(IdSequence.SEED_PROPERTY);
        }
    }

    private static IdSequence randomSequence() {
        IdSequence ids = new IdSequence();
        assertThat(ids.seed()).isEmpty();
        return ids;
    }
}
