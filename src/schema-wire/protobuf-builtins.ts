/**
 * The Protobuf files Confluent's Schema Registry knows without a reference (its ProtobufSchema's
 * `KNOWN_DEPENDENCIES`) beyond the google/protobuf well-known types protobufjs carries: a schema
 * may `import "google/type/date.proto"` or `import "confluent/type/decimal.proto"` (what
 * Confluent's Flink writes for DECIMAL) and be registered, or decoded, with no `references` at
 * all. Field numbers and types are those of googleapis' google/type files and of Confluent's
 * protobuf-types module; comments and language options are left out. One list for the registry
 * (registry/known-protos.ts) and the codecs (protobuf.ts).
 */
const PROTO3 = 'syntax = "proto3";\n';

function file(pkg: string, body: string, imports: readonly string[] = []): string {
  return `${PROTO3}package ${pkg};\n${imports.map((i) => `import "${i}";\n`).join('')}${body}`;
}

/**
 * confluent/meta.proto without its `extend google.protobuf.*Options` blocks: they only declare
 * the `(confluent.field_meta)`-style options, which the parser keeps uninterpreted, while the
 * descriptor types they extend are not loaded (google/protobuf/descriptor.proto is skipped).
 */
const CONFLUENT_META = file(
  'confluent',
  `message Meta {
  string doc = 1;
  map<string, string> params = 2;
  repeated string tags = 3;
  repeated Rule rules = 4;
}
message Rule {
  string name = 1;
  string doc = 2;
  string expr = 3;
  string sql = 4;
}
`,
);

const enumOf = (name: string, values: readonly string[]): string =>
  `enum ${name} {\n${values.map((v, i) => `  ${v} = ${i};\n`).join('')}}\n`;

/** Import path → file text, for every known dependency the parser lacks. */
export const PROTOBUF_BUILTINS: ReadonlyMap<string, string> = new Map([
  ['confluent/meta.proto', CONFLUENT_META],
  [
    'confluent/type/decimal.proto',
    file(
      'confluent.type',
      'message Decimal {\n  bytes value = 1;\n  uint32 precision = 2;\n  int32 scale = 3;\n}\n',
    ),
  ],
  [
    'confluent/type/variant.proto',
    file('confluent.type', 'message Variant {\n  bytes metadata = 1;\n  bytes value = 2;\n}\n'),
  ],
  [
    'google/type/calendar_period.proto',
    file(
      'google.type',
      enumOf('CalendarPeriod', [
        'CALENDAR_PERIOD_UNSPECIFIED',
        'DAY',
        'WEEK',
        'FORTNIGHT',
        'MONTH',
        'QUARTER',
        'HALF',
        'YEAR',
      ]),
    ),
  ],
  [
    'google/type/color.proto',
    file(
      'google.type',
      'message Color {\n  float red = 1;\n  float green = 2;\n  float blue = 3;\n  google.protobuf.FloatValue alpha = 4;\n}\n',
      ['google/protobuf/wrappers.proto'],
    ),
  ],
  [
    'google/type/date.proto',
    file('google.type', 'message Date {\n  int32 year = 1;\n  int32 month = 2;\n  int32 day = 3;\n}\n'),
  ],
  [
    'google/type/datetime.proto',
    file(
      'google.type',
      `message DateTime {
  int32 year = 1;
  int32 month = 2;
  int32 day = 3;
  int32 hours = 4;
  int32 minutes = 5;
  int32 seconds = 6;
  int32 nanos = 7;
  oneof time_offset {
    google.protobuf.Duration utc_offset = 8;
    TimeZone time_zone = 9;
  }
}
message TimeZone {
  string id = 1;
  string version = 2;
}
`,
      ['google/protobuf/duration.proto'],
    ),
  ],
  [
    'google/type/dayofweek.proto',
    file(
      'google.type',
      enumOf('DayOfWeek', [
        'DAY_OF_WEEK_UNSPECIFIED',
        'MONDAY',
        'TUESDAY',
        'WEDNESDAY',
        'THURSDAY',
        'FRIDAY',
        'SATURDAY',
        'SUNDAY',
      ]),
    ),
  ],
  ['google/type/decimal.proto', file('google.type', 'message Decimal {\n  string value = 1;\n}\n')],
  [
    'google/type/expr.proto',
    file(
      'google.type',
      'message Expr {\n  string expression = 1;\n  string title = 2;\n  string description = 3;\n  string location = 4;\n}\n',
    ),
  ],
  [
    'google/type/fraction.proto',
    file('google.type', 'message Fraction {\n  int64 numerator = 1;\n  int64 denominator = 2;\n}\n'),
  ],
  [
    'google/type/interval.proto',
    file(
      'google.type',
      'message Interval {\n  google.protobuf.Timestamp start_time = 1;\n  google.protobuf.Timestamp end_time = 2;\n}\n',
      ['google/protobuf/timestamp.proto'],
    ),
  ],
  [
    'google/type/latlng.proto',
    file('google.type', 'message LatLng {\n  double latitude = 1;\n  double longitude = 2;\n}\n'),
  ],
  [
    'google/type/money.proto',
    file(
      'google.type',
      'message Money {\n  string currency_code = 1;\n  int64 units = 2;\n  int32 nanos = 3;\n}\n',
    ),
  ],
  [
    'google/type/month.proto',
    file(
      'google.type',
      enumOf('Month', [
        'MONTH_UNSPECIFIED',
        'JANUARY',
        'FEBRUARY',
        'MARCH',
        'APRIL',
        'MAY',
        'JUNE',
        'JULY',
        'AUGUST',
        'SEPTEMBER',
        'OCTOBER',
        'NOVEMBER',
        'DECEMBER',
      ]),
    ),
  ],
  [
    'google/type/phone_number.proto',
    file(
      'google.type',
      `message PhoneNumber {
  message ShortCode {
    string region_code = 1;
    string number = 2;
  }
  oneof kind {
    string e164_number = 1;
    ShortCode short_code = 2;
  }
  string extension = 3;
}
`,
    ),
  ],
  [
    'google/type/postal_address.proto',
    file(
      'google.type',
      `message PostalAddress {
  int32 revision = 1;
  string region_code = 2;
  string language_code = 3;
  string postal_code = 4;
  string sorting_code = 5;
  string administrative_area = 6;
  string locality = 7;
  string sublocality = 8;
  repeated string address_lines = 9;
  repeated string recipients = 10;
  string organization = 11;
}
`,
    ),
  ],
  [
    'google/type/quaternion.proto',
    file(
      'google.type',
      'message Quaternion {\n  double x = 1;\n  double y = 2;\n  double z = 3;\n  double w = 4;\n}\n',
    ),
  ],
  [
    'google/type/timeofday.proto',
    file(
      'google.type',
      'message TimeOfDay {\n  int32 hours = 1;\n  int32 minutes = 2;\n  int32 seconds = 3;\n  int32 nanos = 4;\n}\n',
    ),
  ],
  [
    'google/protobuf/source_context.proto',
    file('google.protobuf', 'message SourceContext {\n  string file_name = 1;\n}\n'),
  ],
]);
