// A record that does not exist or that the actor may not see. Both answer the same way (404),
// so that nobody learns whether somebody else's record exists.
export class NotFoundError extends Error {
  constructor(what = "记录") {
    super(`${what}不存在或无权查看`);
    this.name = "NotFoundError";
  }
}

// The actor's kind of account may never do this (e.g. staff submitting an application).
export class ForbiddenError extends Error {
  constructor(message = "无权执行此操作") {
    super(message);
    this.name = "ForbiddenError";
  }
}
