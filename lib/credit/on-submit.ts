import "server-only";
import { after } from "next/server";
import { buildOnSubmission } from "./commands";

// The report of a submission is built after the response has been sent (Next's `after`): the
// applicant's submission never waits for, or fails with, a government source. Outside a request
// (scripts, tests) nothing is scheduled; those call buildOnSubmission themselves.
export function scheduleSubmissionReport(applicationId: string): void {
  try {
    after(() => buildOnSubmission(applicationId).then(() => undefined));
  } catch {
    // not in a request scope
  }
}
