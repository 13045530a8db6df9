// TriggerPort over ScriptApp: this user's installable triggers in this document.
import type {TriggerPort} from '../app/shared/ports';

/**
 * Triggers of this user and document. An add-on sees its triggers in every
 * document through getProjectTriggers, so it lists the active document's
 * (getUserTriggers) and only falls back to the project's without one.
 */
export function gasTriggers(): TriggerPort {
  const mine = (): GoogleAppsScript.Script.Trigger[] => {
    const document = DocumentApp.getActiveDocument();
    return document
      ? ScriptApp.getUserTriggers(document)
      : ScriptApp.getProjectTriggers();
  };
  return {
    list: () =>
      mine().map(trigger => ({
        id: trigger.getUniqueId(),
        handler: trigger.getHandlerFunction(),
      })),
    createDaily: (handler, hour, timeZone) => {
      const builder = ScriptApp.newTrigger(handler)
        .timeBased()
        .everyDays(1)
        .atHour(hour);
      // The hour the user picked is in their own time zone, not the script's.
      if (timeZone) builder.inTimezone(timeZone);
      return builder.create().getUniqueId();
    },
    remove: id => {
      const trigger = mine().find(t => t.getUniqueId() === id);
      if (trigger) ScriptApp.deleteTrigger(trigger);
    },
  };
}
