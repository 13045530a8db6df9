// Env.faults.failAt: the n-th next matching counted call throws, once, and the document keeps what was done before it.
import {DEFAULT_FAULT_MESSAGE} from '../../emulator';
import {load} from './load';

const SCRIPT = `
function addThree() {
  var body = DocumentApp.getActiveDocument().getBody();
  var done = 0;
  try {
    for (var i = 0; i < 3; i++) { body.appendParagraph('p' + i); done++; }
  } catch (err) { return {done: done, error: err.message, isError: err instanceof Error}; }
  return {done: done};
}
function readAndStore() {
  PropertiesService.getScriptProperties().setProperty('k', 'v');
  return DocumentApp.getActiveDocument().getBody().getNumChildren();
}
`;

function texts(env: ReturnType<typeof load>['env']): string[] {
  const body = env.document.toJSON().body;
  return body.map(b => ('text' in b ? b.text : ''));
}

describe('Env.faults.failAt', () => {
  test('the n-th next DocumentApp call throws "Service error: Documents"; earlier changes stay', () => {
    const {env, fns} = load(SCRIPT);
    // Calls: getActiveDocument, getBody, appendParagraph x3: the 4th is the second append.
    env.faults.failAt(4, {service: 'DocumentApp'});
    expect(fns.addThree()).toEqual({
      done: 1,
      error: DEFAULT_FAULT_MESSAGE,
      isError: true,
    });
    expect(texts(env)).toEqual(['', 'p0']);
    expect(env.faults.armed()).toBe(0);
  });

  test('one-shot: the next run goes through', () => {
    const {env, fns} = load(SCRIPT);
    env.faults.failAt(3, {service: 'DocumentApp'});
    expect(fns.addThree().done).toBe(0);
    expect(fns.addThree()).toEqual({done: 3});
  });

  test('a method filter counts only that method, by full name or tail, with its own message', () => {
    const {env, fns} = load(SCRIPT);
    env.faults.failAt(3, {
      method: 'Body.appendParagraph',
      message: 'Too many changes',
    });
    expect(fns.addThree()).toMatchObject({done: 2, error: 'Too many changes'});
    env.faults.failAt(1, {method: 'DocumentApp.Body.appendParagraph'});
    expect(fns.addThree().done).toBe(0);
    env.faults.failAt(2, {method: 'appendParagraph'});
    expect(fns.addThree().done).toBe(1);
  });

  test('a service filter skips other services', () => {
    const {env, fns} = load(SCRIPT);
    // The properties call comes first and must not count.
    env.faults.failAt(2, {service: 'DocumentApp'});
    expect(() => fns.readAndStore()).toThrow(DEFAULT_FAULT_MESSAGE);
    expect(env.properties.script.values.get('k')).toBe('v');
    env.faults.failAt(1, {service: 'PropertiesService'});
    expect(() => fns.readAndStore()).toThrow(DEFAULT_FAULT_MESSAGE);
  });

  test('restOfExecution fails every later matching call of that execution, and none of the next', () => {
    const {env, fns} = load(SCRIPT);
    env.faults.failAt(3, {service: 'DocumentApp', restOfExecution: true});
    expect(fns.addThree().done).toBe(0);
    expect(env.faults.armed()).toBe(1);
    expect(fns.addThree()).toEqual({done: 3});
    expect(env.faults.armed()).toBe(0);
  });

  test('calls that throw are still counted, and a bad n is refused', () => {
    const {env, fns} = load(SCRIPT);
    env.faults.failAt(1, {service: 'DocumentApp'});
    expect(() => fns.addThree()).toThrow(DEFAULT_FAULT_MESSAGE);
    expect(env.calls.byMethod()['DocumentApp.getActiveDocument']).toBe(1);
    expect(() => env.faults.failAt(0)).toThrow('failAt needs');
    env.faults.failAt(5);
    env.faults.clear();
    expect(fns.addThree()).toEqual({done: 3});
  });
});

describe('kill and a second user', () => {
  it('a kill fails every later call of any service in that execution only', () => {
    const {env} = load(SCRIPT);
    const {DocumentApp, PropertiesService} = env.globals;
    const run = () => ({authMode: 'FULL', source: 'run'}) as const;
    env.faults.failAt(1, {service: 'DocumentApp', kill: true});
    env.runAs(run(), () => {
      expect(() => DocumentApp.getActiveDocument()).toThrow(
        DEFAULT_FAULT_MESSAGE,
      );
      // A property write after the kill never happens.
      expect(() =>
        PropertiesService.getScriptProperties().setProperty('k', 'v'),
      ).toThrow(DEFAULT_FAULT_MESSAGE);
    });
    expect(env.properties.script.values.get('k')).toBeUndefined();
    env.runAs(run(), () =>
      PropertiesService.getScriptProperties().setProperty('k', 'v'),
    );
    expect(env.properties.script.values.get('k')).toBe('v');
  });

  it('asUser: another Session key and user properties, the same script properties', () => {
    const {env} = load(SCRIPT);
    const {Session, PropertiesService} = env.globals;
    const key = Session.getTemporaryActiveUserKey();
    PropertiesService.getUserProperties().setProperty('mine', '1');
    env.asUser('colleague@example.com', () => {
      expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
      expect(
        PropertiesService.getUserProperties().getProperty('mine'),
      ).toBeNull();
      PropertiesService.getUserProperties().setProperty('theirs', '2');
      PropertiesService.getScriptProperties().setProperty('shared', '3');
    });
    expect(Session.getTemporaryActiveUserKey()).toBe(key);
    expect(PropertiesService.getUserProperties().getProperty('mine')).toBe('1');
    expect(
      PropertiesService.getUserProperties().getProperty('theirs'),
    ).toBeNull();
    expect(PropertiesService.getScriptProperties().getProperty('shared')).toBe(
      '3',
    );
    env.asUser('colleague@example.com', () =>
      expect(PropertiesService.getUserProperties().getProperty('theirs')).toBe(
        '2',
      ),
    );
  });
});
