// Refusals of domain code, in words the user reads. Commands and queries throw them; the action
// layer turns them into a failed ActionResult in one place (lib/actions/builder.ts) and pages turn
// NotFoundError into a 404. Anything else that is thrown is a bug and propagates.

// The one wording of a form with invalid fields: the fields carry their own messages.
export const INVALID_FORM = "请修改标红的填写项";

export class DomainError extends Error {
  readonly fieldErrors: Record<string, string>;
  constructor(message: string, fieldErrors: Record<string, string> = {}) {
    super(message);
    this.name = new.target.name;
    this.fieldErrors = fieldErrors;
  }
}

// A record that does not exist or that the actor may not see. Both answer the same way (404),
// so that nobody learns whether somebody else's record exists.
export class NotFoundError extends DomainError {
  constructor(what = "记录") {
    super(`${what}不存在或无权查看`);
  }
}

// The actor's kind of account may never do this (e.g. staff submitting an application).
export class ForbiddenError extends DomainError {
  constructor(message = "无权执行此操作") {
    super(message);
  }
}

// A rule of the domain refuses the request as it stands (state changed meanwhile, a limit reached,
// a duplicate). Field errors point at what the user can change.
export class RefusedError extends DomainError {}

// Input that passed the form schema but not a rule that needs the database (a taken phone number,
// an amount above the product's limit): the form shows the fields' messages.
export class InvalidInputError extends DomainError {
  constructor(fieldErrors: Record<string, string>) {
    super(INVALID_FORM, fieldErrors);
  }
}

export function invalidField(field: string, message: string): never {
  throw new InvalidInputError({ [field]: message });
}
