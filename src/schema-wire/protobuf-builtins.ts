/**
 * The Protobuf files Confluent's Schema Registry knows without references (its
 * ProtobufSchema's known dependencies) beyond the google/protobuf well-known types that
 * protobufjs carries: `confluent/meta.proto` (field options such as `connect.type` and the
 * `flink.*` parameters Confluent Cloud's Flink writes), `confluent/type/decimal.proto`, and the
 * `google/type` messages Confluent's Flink mapping uses for DATE and TIME. A schema written by
 * Confluent's serializers or Flink imports them without registering them.
 *
 * Only the messages are declared: `meta.proto`'s `extend google.protobuf.FieldOptions` is left
 * out because options are read from their parsed text, never resolved, and descriptor.proto is
 * not loaded (encoding does not need it).
 */
export const PROTOBUF_BUILTINS: ReadonlyMap<string, string> = new Map([
  [
    'confluent/meta.proto',
    `syntax = "proto3";
package confluent;
message Meta {
  string doc = 1;
  map<string, string> params = 2;
  repeated string tags = 3;
}
`,
  ],
  [
    'confluent/type/decimal.proto',
    `syntax = "proto3";
package confluent.type;
message Decimal {
  bytes value = 1;
  uint32 precision = 2;
  int32 scale = 3;
}
`,
  ],
  [
    'google/type/date.proto',
    `syntax = "proto3";
package google.type;
message Date {
  int32 year = 1;
  int32 month = 2;
  int32 day = 3;
}
`,
  ],
  [
    'google/type/timeofday.proto',
    `syntax = "proto3";
package google.type;
message TimeOfDay {
  int32 hours = 1;
  int32 minutes = 2;
  int32 seconds = 3;
  int32 nanos = 4;
}
`,
  ],
]);
