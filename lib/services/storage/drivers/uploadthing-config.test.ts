import { describe, expect, it } from "vitest";
import { uploadthingConfig, uploadthingProblem } from "./uploadthing-config";

const token = (body: object) => Buffer.from(JSON.stringify(body)).toString("base64");
const real = token({ apiKey: "sk_live_x", appId: "abc123", regions: ["sea1", "fra1"] });

describe("UploadThing settings", () => {
  it("is off without a token, and a malformed token is a startup problem", () => {
    expect(uploadthingConfig({})).toBeNull();
    expect(uploadthingProblem({})).toBeNull();
    expect(uploadthingProblem({ UPLOADTHING_TOKEN: "not-a-token" })).toContain("not a valid UploadThing token");
    expect(uploadthingProblem({ UPLOADTHING_TOKEN: real })).toBeNull();
  });

  it("names the token's ingest regions for the CSP and forms file URLs as UploadThing does", () => {
    const config = uploadthingConfig({ UPLOADTHING_TOKEN: real })!;
    expect(config.ingestOrigins).toEqual(["https://sea1.ingest.uploadthing.com", "https://fra1.ingest.uploadthing.com"]);
    expect(config.fileUrl("key1")).toBe("https://abc123.ufs.sh/f/key1");
  });

  it("follows the SDK's own overrides (a stand-in in tests)", () => {
    const config = uploadthingConfig({
      UPLOADTHING_TOKEN: real,
      UPLOADTHING_INGEST_URL: "http://localhost:4000",
      UPLOADTHING_UFS_HOST: "localhost:4000",
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    })!;
    expect(config.ingestOrigins).toEqual(["http://localhost:4000"]);
    expect(config.fileUrl("key1")).toBe("http://localhost:4000/a/abc123/key1");
  });
});
