// The Atom fixture suite again, through xmlServiceParser over the emulated XmlService; plus its cost in service calls.
import {createEnvironment} from '../../emulator';
import {parseFeed} from '../../src/core/atom';
import {xmlServiceParser} from '../../src/gas/xml-service-parser';
import {atomFixtureSuite, readFixture} from '../support/atom-suite';

const env = createEnvironment({files: {}});
const globals = globalThis as unknown as {XmlService?: unknown};

beforeAll(() => {
  globals.XmlService = env.globals.XmlService;
});
afterAll(() => {
  delete globals.XmlService;
});

atomFixtureSuite('XmlService (emulated)', xml => xmlServiceParser().parse(xml));

describe('xmlServiceParser', () => {
  it('throws on text that is not XML, as XmlService.parse does', () => {
    expect(() => xmlServiceParser().parse('Rate exceeded.')).toThrow();
  });

  it('reads each element of a 100-entry feed once', () => {
    const xml = readFixture(
      'arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
    );
    const elements = (xml.match(/<[A-Za-z]/g) ?? []).length;
    env.calls.reset();
    const result = parseFeed(xmlServiceParser().parse(xml));
    expect('papers' in result && result.papers).toHaveLength(100);
    const calls = env.calls.byMethod();
    expect(calls['XmlService.Element.getName']).toBeLessThanOrEqual(elements);
    expect(calls['XmlService.Element.getNamespace']).toBeLessThanOrEqual(
      elements,
    );
    expect(calls['XmlService.Element.getChildren']).toBeLessThanOrEqual(
      elements,
    );
  });
});
