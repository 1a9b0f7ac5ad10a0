/** ApiVersions: the list is built from the API registry (what we advertise is what we handle). */
import type { Handler } from '../context.js';
import { advertisedVersions } from '../protocol/registry.js';

export const handleApiVersions: Handler = async (_broker, req, ctx) => {
  if (req.clientSoftwareName) {
    ctx.connection.clientSoftwareName = String(req.clientSoftwareName);
    ctx.connection.clientSoftwareVersion = String(req.clientSoftwareVersion);
  }
  return { errorCode: 0, apiKeys: advertisedVersions(), throttleTimeMs: 0, finalizedFeaturesEpoch: -1n };
};
