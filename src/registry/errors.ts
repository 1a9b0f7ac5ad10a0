/**
 * Errors of the registry's REST API, with Confluent's HTTP status, error code and message
 * wording (io.confluent.kafka.schemaregistry.rest.exceptions.Errors), so clients that match on
 * them behave as with Confluent's registry.
 */
import { EddyError, type ErrorCode } from '../common/errors.js';

export class RegistryError extends EddyError {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    message: string,
    code: ErrorCode = status === 404
      ? 'EDDY_NOT_FOUND'
      : status === 409
        ? 'EDDY_CONFLICT'
        : status >= 500
          ? 'EDDY_STORAGE'
          : 'EDDY_USAGE',
  ) {
    super(code, message, { retriable: status >= 500 });
  }

  toJSON(): { error_code: number; message: string } {
    return { error_code: this.errorCode, message: this.message };
  }
}

export const errors = {
  subjectNotFound: (s: string) => new RegistryError(404, 40401, `Subject '${s}' not found.`),
  versionNotFound: (v: number | string) => new RegistryError(404, 40402, `Version ${v} not found.`),
  schemaNotFound: (id?: number) =>
    new RegistryError(404, 40403, id === undefined ? 'Schema not found' : `Schema ${id} not found`),
  subjectSoftDeleted: (s: string) =>
    new RegistryError(404, 40404, `Subject '${s}' was soft deleted.Set permanent=true to delete permanently`),
  subjectNotSoftDeleted: (s: string) =>
    new RegistryError(404, 40405, `Subject '${s}' was not deleted first before being permanently deleted`),
  versionSoftDeleted: (s: string, v: number) =>
    new RegistryError(
      404,
      40406,
      `Subject '${s}' Version ${v} was soft deleted.Set permanent=true to delete permanently`,
    ),
  versionNotSoftDeleted: (s: string, v: number) =>
    new RegistryError(
      404,
      40407,
      `Subject '${s}' Version ${v} was not deleted first before being permanently deleted`,
    ),
  subjectCompatibilityNotConfigured: (s: string) =>
    new RegistryError(404, 40408, `Subject '${s}' does not have subject-level compatibility configured`),
  subjectModeNotConfigured: (s: string) =>
    new RegistryError(404, 40409, `Subject '${s}' does not have subject-level mode configured`),
  // Errors.INCOMPATIBLE_SCHEMA_ERROR_CODE: 40901 since Confluent 8.2.0 (the HTTP status, 409, before).
  incompatible: (message: string) => new RegistryError(409, 40901, message),
  invalidSchema: (message: string) => new RegistryError(422, 42201, message),
  invalidVersion: (v: string) =>
    new RegistryError(
      422,
      42202,
      `The specified version '${v}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
    ),
  invalidCompatibility: () =>
    new RegistryError(
      422,
      42203,
      'Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive',
    ),
  invalidMode: (message = 'Invalid mode. Valid values are READWRITE, READONLY, IMPORT and FORWARD.') =>
    new RegistryError(422, 42204, message),
  notPermitted: (message: string) => new RegistryError(422, 42205, message),
  contextNotEmpty: (context: string) =>
    new RegistryError(422, 42211, `The specified context '${context}' is not empty.`),
  referenceExists: (subject: string, version: number) =>
    new RegistryError(
      422,
      42206,
      `One or more references exist to the schema {magic=1,keytype=SCHEMA,subject=${subject},version=${version}}.`,
    ),
  idDoesNotMatch: (message = 'The ID of an imported schema does not match the existing ID') =>
    new RegistryError(422, 42207, message),
  invalidSubject: (s: string) =>
    new RegistryError(422, 42208, `The specified subject '${s}' is not a valid.`),
  schemaTooLarge: (message: string) => new RegistryError(422, 42209, message),
  badRequest: (message: string) => new RegistryError(400, 400, message),
  unprocessable: (message: string) => new RegistryError(422, 422, message),
  store: (message: string) => new RegistryError(500, 50001, `Error in the backend data store: ${message}`),
  timeout: (message: string) => new RegistryError(500, 50002, message),
  forwarding: (message: string) =>
    new RegistryError(500, 50003, `Error while forwarding the request to the leader: ${message}`),
  unknownLeader: () => new RegistryError(500, 50004, 'Unknown leader'),
};
