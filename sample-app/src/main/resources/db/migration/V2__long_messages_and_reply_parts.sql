-- WhatsApp allows 4,096 characters a message (more UTF-16 units with emoji), and a reply may be split
-- into several Twilio messages of at most 1,600 characters. SET DATA TYPE keeps NOT NULL on H2 and PostgreSQL.

alter table inbound_message alter column body set data type varchar(16384);
alter table inbound_message alter column reply set data type varchar(16384);
alter table chat_turn alter column text set data type varchar(32768);
alter table agent_message alter column body set data type varchar(16384);

-- The Twilio messages a reply goes out as, one row a part, stored with the reply. attempted_at is
-- committed before the part is handed to Twilio: a part attempted but not recorded as sent may have
-- reached Twilio before a crash, so it is looked up in Twilio's message list before it is sent again.
create table reply_part (
    message_sid     varchar(64)   not null,
    position        integer       not null,
    body            varchar(1600) not null,
    attempted_at    timestamp,
    created_at      timestamp     not null,
    primary key (message_sid, position)
);

-- Which part of a reply an outbound message is: at most one Twilio message per part.
alter table outbound_message add column reply_part integer;
create unique index outbound_message_reply_part on outbound_message (in_reply_to, reply_part);
