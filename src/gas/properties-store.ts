// KeyValueStore and ClockPort over PropertiesService and Utilities.
import type {ClockPort, KeyValueStore} from '../app/shared/ports';

/** A KeyValueStore over one Properties store (document or script). */
export function propertiesStore(
  properties: GoogleAppsScript.Properties.Properties,
): KeyValueStore {
  return {
    get: key => properties.getProperty(key),
    set: (key, value) => {
      properties.setProperty(key, value);
    },
    delete: key => {
      properties.deleteProperty(key);
    },
  };
}

/** Wall-clock time from Date.now(); waits with Utilities.sleep (the only way to wait in Apps Script). */
export function gasClock(): ClockPort {
  return {
    now: () => Date.now(),
    sleep: ms => Utilities.sleep(Math.max(0, Math.round(ms))),
  };
}
