// loadBundle: what it returns, what the bundle sees, and the two load-time rules (ES2019, no service call).
import {createEnvironment, loadBundle} from '../../emulator';
import {load} from './load';

const SCRIPT = `
var TITLE = 'Paper Haul';
function onOpen(e) {
  DocumentApp.getUi().createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addSeparator()
    .addItem('Reorganize now', 'reorganizeNow')
    .addToUi();
}
function whatTimeIsIt() { return [Date.now(), new Date().getTime(), new Date(0).getTime()]; }
function helper_() { return 'private'; }
function callsHelper() { return helper_(); }
`;

describe('loadBundle', () => {
  test('returns the public top-level functions, not the private ones', () => {
    const {fns} = load(SCRIPT);
    expect(Object.keys(fns).sort()).toEqual([
      'callsHelper',
      'onOpen',
      'whatTimeIsIt',
    ]);
    expect(fns.callsHelper()).toBe('private');
  });

  test('Date.now() and new Date() read the virtual clock', () => {
    const {env, fns} = load(SCRIPT, {now: Date.UTC(2030, 0, 1)});
    env.clock.advance(1234);
    expect(fns.whatTimeIsIt()).toEqual([
      Date.UTC(2030, 0, 1) + 1234,
      Date.UTC(2030, 0, 1) + 1234,
      0,
    ]);
  });

  test('onOpen records the add-on menu with its items and handlers', () => {
    const {env, fns} = load(SCRIPT);
    env.simpleTrigger(fns, 'onOpen', 'NONE');
    expect(env.ui.menus).toEqual([
      {
        caption: 'Paper Haul',
        addon: true,
        items: [
          {caption: 'Open sidebar', functionName: 'showSidebar'},
          {separator: true},
          {caption: 'Reorganize now', functionName: 'reorganizeNow'},
        ],
      },
    ]);
  });

  test('rejects code that is not ES2019', () => {
    const env = createEnvironment({files: {}});
    expect(() => loadBundle('var a = {}; a.b ??= 1;', env)).toThrow(
      /not ES2019/,
    );
    expect(() => loadBundle('class A { static x = 1; }', env)).toThrow(
      /not ES2019/,
    );
    expect(() => loadBundle('var a = null; var b = a?.c;', env)).toThrow(
      /not ES2019/,
    );
    expect(Object.keys(loadBundle('function ok() { return 1; }', env))).toEqual(
      ['ok'],
    );
  });

  test('loading fails when top-level code calls a service, even one allowed in NONE', () => {
    const env = createEnvironment({files: {}});
    expect(() =>
      loadBundle(
        'var store = PropertiesService.getScriptProperties(); function f() {}',
        env,
      ),
    ).toThrow(/Loading the bundle called .*PropertiesService/);
    expect(() =>
      loadBundle(
        "var menu = DocumentApp.getUi().createMenu('x'); function f() {}",
        env,
      ),
    ).toThrow(/Loading the bundle called .*createMenu/);
  });

  test('a side-effect free bundle loads without a single service call', () => {
    const {env} = load(SCRIPT);
    expect(env.calls.total()).toBe(0);
  });
});
