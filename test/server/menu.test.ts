// The built bundle: every export is callable, and onOpen builds the menu in every AuthMode without touching the doc.
import {loadDist, distCode} from '../support/dist-bundle';

const {buildServer} = require('../../scripts/bundle.js');

const MENU = [
  {caption: 'Open sidebar', functionName: 'showSidebar'},
  {caption: 'Insert papers...', functionName: 'showInsertDialog'},
  {caption: 'Reorganize now', functionName: 'reorganizeNow'},
  {caption: 'Undo last reorganize', functionName: 'undoReorganizeFromMenu'},
  {caption: 'Run self-test', functionName: 'runSelfTest'},
  {caption: 'Help', functionName: 'showHelp'},
];

describe('dist/Code.js', () => {
  it('exposes every export of src/server/main.ts as a callable top-level function', async () => {
    const {exports} = await buildServer();
    const {fns} = loadDist();
    expect(Object.keys(fns).sort()).toEqual(expect.arrayContaining(exports));
    for (const name of exports) expect(typeof fns[name]).toBe('function');
  });

  it('touches no service while loading', () => {
    const {env} = loadDist();
    expect(env.calls.total()).toBe(0);
  });

  it('has a menu handler for every menu item', () => {
    const {fns} = loadDist();
    for (const item of MENU) {
      expect(typeof fns[item.functionName]).toBe('function');
    }
  });

  describe.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'onOpen in AuthMode.%s',
    mode => {
      it('builds the Paper Haul menu and reads neither the doc nor properties', () => {
        const {env, fns} = loadDist();
        env.simpleTrigger(fns, 'onOpen', mode);
        expect(env.ui.menus).toHaveLength(1);
        const menu = env.ui.menus[0];
        expect(menu.addon).toBe(true);
        expect(menu.items.filter(i => 'functionName' in i)).toEqual(
          MENU.map(m => expect.objectContaining(m)),
        );
        const methods = Object.keys(env.calls.byMethod());
        expect(
          methods.filter(
            m => m.startsWith('DocumentApp.') && m !== 'DocumentApp.getUi',
          ),
        ).toEqual([]);
        expect(
          methods.filter(m => /Properties|Cache|UrlFetch|Lock/.test(m)),
        ).toEqual([]);
        // getUi, createAddonMenu, six addItem (Undo last reorganize is the fourth, issue 28), addToUi.
        expect(env.calls.total()).toBe(9);
      });
    },
  );

  it('onInstall builds the same menu', () => {
    const {env, fns} = loadDist();
    env.simpleTrigger(fns, 'onInstall', 'FULL');
    expect(env.ui.menus).toHaveLength(1);
  });

  it('is ES2019 and carries one wrapper per function it exposes', () => {
    expect(distCode()).toMatch(
      /^function onOpen\(\.\.\.a\)\{return PaperHaul\.onOpen\(\.\.\.a\)\}$/m,
    );
  });
});
