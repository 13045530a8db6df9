// HtmlService templates and the Ui record: escaping, dialogs with size and title, scripted alert answers.
import {load} from './load';

const FILES = {
  Sidebar: '<h1>Sidebar</h1>',
  Greeting:
    '<p><?= name ?></p><div><?!= raw ?></div><? for (var i = 0; i < 2; i++) { ?>*<? } ?>',
};

const SCRIPT = `
function sidebar() {
  DocumentApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Paper Haul'));
}
function dialog() {
  var t = HtmlService.createTemplateFromFile('Greeting');
  t.name = '<img src=x onerror=alert(1)>';
  t.raw = '<b>bold</b>';
  var out = t.evaluate().setWidth(760).setHeight(620);
  DocumentApp.getUi().showModalDialog(out, 'Insert papers');
  return out.getContent();
}
function missing() { return HtmlService.createHtmlOutputFromFile('Nope'); }
function confirm() {
  var ui = DocumentApp.getUi();
  return String(ui.alert('Reorganize', 'Move 3 entries?', ui.ButtonSet.YES_NO));
}
function ask() {
  var ui = DocumentApp.getUi();
  var r = ui.prompt('Section name?');
  return [String(r.getSelectedButton()), r.getResponseText()];
}
`;

describe('HtmlService and Ui', () => {
  test('templates escape <?= ?>, not <?!= ?>, and run scriptlets', () => {
    const {fns} = load(SCRIPT, {files: FILES});
    expect(fns.dialog()).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p><div><b>bold</b></div>**',
    );
  });

  test('sidebars and dialogs are recorded with content, title and size', () => {
    const {env, fns} = load(SCRIPT, {files: FILES});
    fns.sidebar();
    fns.dialog();
    expect(env.ui.sidebar).toMatchObject({
      kind: 'sidebar',
      title: 'Paper Haul',
      content: '<h1>Sidebar</h1>',
      width: 300,
    });
    expect(env.ui.shown[1]).toMatchObject({
      kind: 'modal',
      title: 'Insert papers',
      width: 760,
      height: 620,
    });
    expect(() => fns.missing()).toThrow('No HTML file named Nope was found.');
  });

  test('alerts and prompts take scripted answers, first in first out', () => {
    const {env, fns} = load(SCRIPT, {files: FILES});
    env.ui.answers.push('NO', {button: 'OK', text: 'Ethics'});
    expect(fns.confirm()).toBe('NO');
    expect(fns.ask()).toEqual(['OK', 'Ethics']);
    expect(fns.confirm()).toBe('YES');
    expect(env.ui.alerts.map(a => [a.kind, a.title, a.button])).toEqual([
      ['alert', 'Reorganize', 'NO'],
      ['prompt', '', 'OK'],
      ['alert', 'Reorganize', 'YES'],
    ]);
    env.ui.answers.push('CANCEL');
    expect(() => fns.confirm()).toThrow(/not a button of ButtonSet.YES_NO/);
  });
});
