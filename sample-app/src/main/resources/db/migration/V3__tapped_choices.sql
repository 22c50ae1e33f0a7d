-- The id of the WhatsApp button or list item a customer tapped (Twilio's ButtonPayload or ListId, up to
-- 200 characters for a list item): a tapped booking time is booked without asking the model.
alter table inbound_message add column choice_id varchar(200);
