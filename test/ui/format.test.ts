// The pages' wording: authors, dates, snippets and percentages (a reorganize report's is core's, reorganize-report-lines).
import {
  authorsLine,
  hitSnippet,
  monthYear,
  percent,
  timeZoneLabel,
  scheduleTimeLabel,
  dateTime,
  snippet,
  suggestionLabel,
} from '../../src/ui/lib/format';

test('authorsLine cuts to "et al." only past the maximum', () => {
  expect(authorsLine(['A', 'B'], 2)).toBe('A, B');
  expect(authorsLine(['A', 'B', 'C'], 2)).toBe('A, B, et al.');
  expect(authorsLine(['A', 'B', 'C'], 0)).toBe('A, B, C');
});

test('monthYear reads ISO dates and leaves anything else alone', () => {
  expect(monthYear('2021-11-22T18:59:59Z')).toBe('Nov 2021');
  expect(monthYear('2021-13-01')).toBe('2021-13-01');
  expect(monthYear('someday')).toBe('someday');
});

test('snippet cuts long text at a word and collapses whitespace', () => {
  expect(snippet('short\n text')).toBe('short text');
  const long = 'word '.repeat(100);
  const cut = snippet(long, 50);
  expect(cut.endsWith('word…')).toBe(true);
  expect(cut.length).toBeLessThanOrEqual(51);
});

test('percent rounds and clamps', () => {
  expect(percent(0.857)).toBe('86%');
  expect(percent(1.2)).toBe('100%');
});

describe('hitSnippet', () => {
  const hit = {
    id: '2010.08895',
    title:
      'Fourier Neural Operator for Parametric Partial Differential Equations',
    section: 'ML Math',
    authors: 'Zongyi Li, Nikola Kovachki, Kamyar Azizzadenesheli, et al.',
    snippet: '',
    url: 'https://arxiv.org/abs/2010.08895',
    score: 1,
  };

  test('drops a snippet cut from the authors or the title the hit already shows', () => {
    expect(hitSnippet({...hit, snippet: hit.authors})).toBe('');
    expect(hitSnippet({...hit, snippet: '…Nikola Kovachki, Kamyar…'})).toBe('');
    expect(hitSnippet({...hit, snippet: '…Parametric Partial…'})).toBe('');
    expect(hitSnippet({...hit, snippet: '…'})).toBe('');
  });

  test('keeps a snippet from the gist or notes', () => {
    const gist = '…convolution done in Fourier space, resolution invariant';
    expect(hitSnippet({...hit, snippet: gist})).toBe(gist);
  });
});

describe('suggestionLabel', () => {
  it('shows a confidence for a section and none for the Inbox fallback', () => {
    expect(
      suggestionLabel({section: 'NLP', confidence: 0.857, reasons: []}),
    ).toBe('NLP (86%)');
    expect(
      suggestionLabel({
        section: 'Robotics',
        confidence: 0.2,
        reasons: [],
        isNew: true,
      }),
    ).toBe('New section: Robotics (20%)');
    expect(
      suggestionLabel({
        section: 'Inbox',
        confidence: 0.75,
        reasons: [],
        fallback: true,
      }),
    ).toBe('Inbox (no confident match)');
  });
});

test('timeZoneLabel names the zone for people and keeps its IANA name', () => {
  const winter = new Date(Date.UTC(2026, 0, 15));
  expect(timeZoneLabel('Europe/Paris', winter)).toBe(
    'Central European Standard Time (Europe/Paris)',
  );
  expect(timeZoneLabel(undefined)).toBe("the add-on's time zone");
  expect(timeZoneLabel('Not/AZone')).toBe('Not/AZone');
});

test('scheduleTimeLabel says plainly whose time the hour is', () => {
  expect(scheduleTimeLabel(23, 'Europe/Paris', 'Europe/Paris')).toBe(
    'around 23:00 your time (Europe/Paris)',
  );
  expect(scheduleTimeLabel(6, 'Europe/Paris', 'America/New_York')).toBe(
    'around 06:00 Europe/Paris time (your browser is on America/New_York)',
  );
  expect(scheduleTimeLabel(6, undefined, 'UTC')).toBe(
    "around 06:00 in the add-on's time zone",
  );
});

test('dateTime in a schedule zone is told in that zone and names it', () => {
  expect(dateTime('2026-01-05T22:02:00Z', 'Europe/Paris')).toBe(
    '5 Jan 2026, 23:02 (Europe/Paris)',
  );
  expect(dateTime('2026-01-05T22:02:00Z', 'Asia/Tokyo')).toBe(
    '6 Jan 2026, 07:02 (Asia/Tokyo)',
  );
});
