// @ts-check
// Generic rows: for a code with many rows, the row that speaks for the code when the server's
// message matches none of them (`report.match` is then `'code'`). Two sources decide it:
//
// 1. A code the common gateway table shares (common-errors.mjs) is backed by its common row,
//    the gateway's own meaning of the code. build.mjs derives these; they are not listed here.
// 2. For the other codes, the judgement calls below, each with a one-line reason.
//
// A code with one row, or with neither, needs no entry: the classifier falls back to the first
// of its rows, in catalog order, whose HTTP status class fits (docs/architecture.md,
// "Deciding a caught error").

/** @type {Readonly<Record<string, { id: string, reason: string }>>} */
export const GENERIC_ROWS = {
  InvalidParameter: {
    id: 'slb-062',
    reason: '"Invalid parameter in the request." is the code\'s own wording and names no parameter',
  },
  OverQuota: {
    id: 'slb-067',
    reason:
      'the name says a quota is exceeded (slb-067); the per-request reading of slb-073 ("reduce the number") is the rarer one',
  },
  InvalidOwnerId: {
    id: 'slb-071',
    reason: 'both rows say the same (the OwnerId or OwnerAccount is invalid): the first',
  },
  ActionNotAllowed: {
    id: 'slb-081',
    reason: '"The action is not allowed." is the code\'s own wording; the other rows are particular cases',
  },
  'Forbbiden.SubUser': {
    id: 'slb-184',
    reason:
      'a RAM user not authorized is what the name says; "illegal bid" (slb-091) is one particular account problem',
  },
  UnsupportedOperation: {
    id: 'slb-173',
    reason: '"The specified action is not supported." is general; slb-157 is about one function of the instance',
  },
  TooManyBackendServers: {
    id: 'slb-183',
    reason: 'too many entries, with no number; slb-158 quotes a limit (20) that may not be the one reached',
  },
  InternalInvokeError: {
    id: 'slb-165',
    reason: '"The internal invoking has failed." is general; slb-162 adds a cause',
  },
  'InvalidServerId.NotFound': {
    id: 'slb-169',
    reason: '"The specified ServerId does not exist." is the code\'s own meaning; slb-186 is the BackendServers case',
  },
};
