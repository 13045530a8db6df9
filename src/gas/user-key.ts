// The active user's key for per-user records (Session.getTemporaryActiveUserKey): no email, no extra scope.

/**
 * A stable key for the active user in this script, without reading their
 * email. Apps Script documents it as rotating every 30 days; an undo record
 * then simply becomes unreachable. Empty when Apps Script cannot say (it is
 * unclear when that happens in an add-on): then one shared key is used.
 */
export function activeUserKey(): string {
  return Session.getTemporaryActiveUserKey() || 'shared';
}
