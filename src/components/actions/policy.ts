import type { SlbAccessDenied } from '../../core/types.js';

// A denial names one action; the policy grants exactly that. A wildcard or anything that is
// not `product:Action` is refused rather than passed on for an administrator to paste.
const ACTION = /^([a-z][a-z0-9-]*):([A-Za-z][A-Za-z0-9]*)$/;
const BARE_ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
const RESOURCE = /^acs:[a-z0-9-]*:[a-z0-9-]*:[0-9*]*:[A-Za-z0-9/*._:-]+$/;

/** The denied action as `product:Action` (`slb:` when the server sent a bare name), or `null` when it is unusable. */
export function deniedAction(accessDenied: SlbAccessDenied | null): string | null {
  const action = accessDenied?.action?.trim() ?? '';
  if (ACTION.test(action)) return action;
  if (BARE_ACTION.test(action)) return `slb:${action}`;
  return null;
}

/**
 * A least-privilege RAM policy that allows only the denied action, on the denied resource
 * (or `*` when the server did not name one), as pretty-printed JSON; `null` without a usable action.
 *
 * @example
 * buildLeastPrivilegePolicy({ action: 'slb:CreateLoadBalancer', resource: null, ... })
 * // {"Version":"1","Statement":[{"Effect":"Allow","Action":["slb:CreateLoadBalancer"],"Resource":["*"]}]}
 */
export function buildLeastPrivilegePolicy(accessDenied: SlbAccessDenied | null): string | null {
  const action = deniedAction(accessDenied);
  if (action === null) return null;
  const resource = accessDenied?.resource?.trim() ?? '';
  const policy = {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: [action], Resource: [RESOURCE.test(resource) ? resource : '*'] }],
  };
  return JSON.stringify(policy, null, 2);
}
