// The document's Ui: menus, sidebars, dialogs and alerts, recorded for tests and the playground; answers are scripted.
import type {EmulatorContext} from '../context';
import {EmulatedHtmlOutput} from './html';

export type MenuEntry =
  | {caption: string; functionName: string}
  | {separator: true}
  | {caption: string; items: MenuEntry[]};

export interface RecordedMenu {
  caption: string;
  /** True for createAddonMenu() (Extensions > add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

/** A sidebar or dialog as it was shown. */
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width?: number;
  height?: number;
  /** Virtual time it was shown. */
  at: number;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** An alert or prompt the code raised, with the button (and text) it got back. */
export interface RecordedDialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  button: ButtonName;
  text?: string;
}

/** What the user saw, plus the answers the next alerts and prompts receive, first in first out. */
export interface UiRecord {
  menus: RecordedMenu[];
  /** The sidebar now open (one at a time). */
  sidebar: ShownHtml | null;
  /** Every sidebar and dialog shown, in order. */
  shown: ShownHtml[];
  alerts: RecordedDialog[];
  answers: Array<ButtonName | {button: ButtonName; text?: string}>;
}

const BUTTON_SETS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Sidebars are always 300 px wide in Google Docs. */
const SIDEBAR_WIDTH = 300;

function emptyRecord(): UiRecord {
  return {menus: [], sidebar: null, shown: [], alerts: [], answers: []};
}

/**
 * The getUi function to hand to createDocumentApp, and the record it fills.
 * getUi throws in a time-driven trigger, as Apps Script does.
 */
export function createUi(ctx: EmulatorContext, addonName: string) {
  const record = emptyRecord();

  function menu(caption: string, addon: boolean) {
    const items: MenuEntry[] = [];
    const built = {
      caption,
      items,
      addItem(itemCaption: string, functionName: string) {
        ctx.call('Ui.Menu.addItem', 'menu');
        items.push({
          caption: String(itemCaption),
          functionName: String(functionName),
        });
        return built;
      },
      addSeparator() {
        ctx.call('Ui.Menu.addSeparator', 'menu');
        items.push({separator: true});
        return built;
      },
      addSubMenu(sub: {caption: string; items: MenuEntry[]}) {
        ctx.call('Ui.Menu.addSubMenu', 'menu');
        items.push({caption: sub.caption, items: sub.items});
        return built;
      },
      /** Replaces a menu of the same caption, as reopening the document rebuilds it. */
      addToUi() {
        ctx.call('Ui.Menu.addToUi', 'menu');
        const others = record.menus.filter(
          m => m.caption !== caption || m.addon !== addon,
        );
        record.menus = [...others, {caption, addon, items: [...items]}];
      },
    };
    return built;
  }

  function show(
    kind: ShownHtml['kind'],
    output: unknown,
    title?: string,
  ): ShownHtml {
    if (!(output instanceof EmulatedHtmlOutput)) {
      throw new Error('Invalid argument: userInterface');
    }
    const shown: ShownHtml = {
      kind,
      title: title ?? output.title,
      content: output.peekContent(),
      width: kind === 'sidebar' ? SIDEBAR_WIDTH : output.width,
      height: output.height,
      at: ctx.clock.now(),
    };
    record.shown.push(shown);
    return shown;
  }

  /** Apps Script's overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  function dialogArgs(args: unknown[]): {
    title: string;
    prompt: string;
    buttons: ButtonSetName;
  } {
    if (args.length >= 3) {
      return {
        title: String(args[0]),
        prompt: String(args[1]),
        buttons: args[2] as ButtonSetName,
      };
    }
    return {
      title: '',
      prompt: String(args[0]),
      buttons: (args[1] as ButtonSetName | undefined) ?? 'OK',
    };
  }

  function nextAnswer(buttons: ButtonSetName): {
    button: ButtonName;
    text?: string;
  } {
    const allowed = BUTTON_SETS[buttons];
    if (!allowed) throw new Error(`Invalid argument: buttons (${buttons})`);
    const scripted = record.answers.shift();
    const answer =
      scripted === undefined
        ? {button: allowed[0]}
        : typeof scripted === 'string'
          ? {button: scripted}
          : scripted;
    if (answer.button !== 'CLOSE' && !allowed.includes(answer.button)) {
      throw new Error(
        `Scripted answer ${answer.button} is not a button of ButtonSet.${buttons}`,
      );
    }
    return answer;
  }

  const ui = {
    Button: {OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE'},
    ButtonSet: {
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    },
    createAddonMenu() {
      ctx.call('Ui.createAddonMenu', 'menu');
      return menu(addonName, true);
    },
    createMenu(caption: string) {
      ctx.call('Ui.createMenu', 'menu');
      return menu(String(caption), false);
    },
    showSidebar(output: unknown) {
      ctx.call('Ui.showSidebar', 'dialog');
      record.sidebar = show('sidebar', output);
    },
    showModalDialog(output: unknown, title: string) {
      ctx.call('Ui.showModalDialog', 'dialog');
      show('modal', output, String(title));
    },
    showModelessDialog(output: unknown, title: string) {
      ctx.call('Ui.showModelessDialog', 'dialog');
      show('modeless', output, String(title));
    },
    alert(...args: unknown[]): ButtonName {
      ctx.call('Ui.alert', 'dialog');
      const shown = dialogArgs(args);
      const {button} = nextAnswer(shown.buttons);
      record.alerts.push({kind: 'alert', ...shown, button});
      return button;
    },
    prompt(...args: unknown[]) {
      ctx.call('Ui.prompt', 'dialog');
      const shown = dialogArgs(args);
      const {button, text = ''} = nextAnswer(shown.buttons);
      record.alerts.push({kind: 'prompt', ...shown, button, text});
      return {
        getSelectedButton: () => button,
        getResponseText: () => text,
      };
    },
  };

  function getUi(): GoogleAppsScript.Base.Ui {
    if (ctx.execution.source === 'time') {
      throw new Error('Cannot call DocumentApp.getUi() from this context.');
    }
    return ui as unknown as GoogleAppsScript.Base.Ui;
  }

  return {getUi, record};
}
