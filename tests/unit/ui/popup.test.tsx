// @vitest-environment happy-dom
// The toolbar popup: the time answer, the working-time clause, the disclaimer setting, failures, Welsh.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusResponse } from '../../../src/messaging/protocol';
import type { BooleanSetting } from '../../../src/ui/DisclaimerSetting';
import { MESSAGES } from '../../../src/ui/messages';
import { Popup } from '../../../src/ui/Popup';

const CLAUSE = { policy: 'Lancaster City Council Social Media Policy', ref: '5.1, 5.2 and Note', summary: 'Do not use social media for personal reasons in working time.' };
const status = (time: StatusResponse['time'], at: string, workingTime: StatusResponse['workingTime'] = CLAUSE): StatusResponse => ({ time, workingTime, at });
const LONDON = 'Europe/London';
const MONDAY_10AM = status({ permitted: false, state: 'working', until: '2026-11-23T12:30:00+00:00', timezone: LONDON }, '2026-11-23T10:00:00.000Z');
const MONDAY_LUNCH = status({ permitted: true, state: 'break', until: '2026-11-23T13:30:00+00:00', timezone: LONDON }, '2026-11-23T12:45:00.000Z');
const SATURDAY = status({ permitted: true, state: 'weekend', until: '2026-11-23T09:00:00+00:00', timezone: LONDON }, '2026-11-21T11:00:00.000Z');

/** A storage item in memory, with WXT's getValue/setValue/watch. */
function fakeSetting(initial = false, { failSave = false } = {}) {
  let value = initial;
  const watchers = new Set<(v: boolean) => void>();
  const setting: BooleanSetting & { value(): boolean; external(v: boolean): void } = {
    getValue: vi.fn(async () => value),
    setValue: vi.fn(async (v: boolean) => {
      if (failSave) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      value = v;
    }),
    watch: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    value: () => value,
    external(v) {
      value = v;
      for (const cb of watchers) cb(v);
    },
  };
  return setting;
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(loadStatus: () => Promise<StatusResponse>, { messages = MESSAGES.en, setting = fakeSetting(), refreshMs = 60_000 } = {}) {
  render(<Popup messages={messages} loadStatus={loadStatus} disclaimerSetting={setting} refreshMs={refreshMs} />, container);
  return setting;
}
const text = () => container.textContent ?? '';
const headline = () => container.querySelector('.pg-now')?.textContent ?? '';
const checkbox = () => container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const until = (what: string) => vi.waitFor(() => expect(text()).toContain(what));

describe('Popup: may I post now?', () => {
  it('has a real h1 and names each section with a heading', async () => {
    show(async () => MONDAY_10AM);
    await until('12:30');
    expect(container.querySelector('h1')?.textContent).toBe('Post Guard');
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Right now', 'Working-time rule', 'Your profile']);
    for (const section of container.querySelectorAll('section')) {
      expect(container.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    }
  });

  it.each([
    [MONDAY_10AM, 'Working time: personal posting is not permitted until 12:30', 'Working time', '12:30: personal use permitted'],
    [MONDAY_LUNCH, 'You can post now: break time until 13:30', 'Break', '13:30: working time starts'],
    [SATURDAY, 'You can post now: the weekend until Monday 23 November 09:00', 'Weekend', 'Monday 23 November 09:00: working time starts'],
  ])('says it in words, in the council clock: %#', async (answer, sentence, state, next) => {
    show(async () => answer);
    await until(sentence);
    // The words carry the answer; a symbol and the colour only repeat it.
    expect(headline()).toContain(sentence);
    const facts = [...container.querySelectorAll('.pg-facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toEqual([
      ['Now', state],
      ['Next change', next],
      ["Council's time zone", 'Europe/London'],
    ]);
  });

  it('names "today" by the worker clock, not the popup\'s', async () => {
    // The popup runs on the real date; the answer was computed on 23 November: 12:30 is "today" there.
    show(async () => MONDAY_10AM);
    await until('not permitted until 12:30');
    expect(headline()).not.toMatch(/November/);
  });

  it('shows summer time in summer', async () => {
    show(async () => status({ permitted: false, state: 'working', until: '2026-07-01T11:30:00Z', timezone: LONDON }, '2026-07-01T08:00:00Z'));
    await until('not permitted until 12:30');
  });

  it('says so when nothing changes in the next two weeks', async () => {
    show(async () => status({ permitted: true, state: 'holiday', until: null, timezone: LONDON }, '2026-12-25T10:00:00Z'));
    await until('You can post now: a holiday');
    expect(headline()).not.toContain('until');
    expect(text()).toContain('None in the next two weeks');
  });

  it('shows the working-time clause, and the council\'s own wording only when there is one', async () => {
    show(async () => MONDAY_10AM);
    await until('5.1, 5.2 and Note');
    expect(text()).toContain('Lancaster City Council Social Media Policy, 5.1, 5.2 and Note: Do not use social media for personal reasons in working time.');
    expect(container.querySelector('blockquote')).toBeNull();
    render(null, container);
    show(async () => ({ ...MONDAY_10AM, workingTime: { ...CLAUSE, text: 'Staff must not access social media for personal use during working hours.' } }));
    await until("Your council's wording:");
    expect(container.querySelector('blockquote')?.textContent).toBe('Staff must not access social media for personal use during working hours.');
  });

  it('says it is reading while the worker wakes, in a live region that exists from the start', async () => {
    let answer: ((s: StatusResponse) => void) | undefined;
    show(() => new Promise((resolve) => (answer = resolve)));
    await vi.waitFor(() => expect(answer).toBeDefined());
    const region = container.querySelector('[role="status"]')!;
    expect(region.textContent).toBe('Reading the time rules…');
    expect(region.getAttribute('aria-busy')).toBe('true');
    answer!(SATURDAY);
    await until('You can post now');
    expect(container.querySelector('[role="status"]')).toBe(region);
    expect(region.getAttribute('aria-busy')).toBe('false');
  });

  it('asks again while open, so a break that starts is shown', async () => {
    const load = vi.fn<() => Promise<StatusResponse>>().mockResolvedValueOnce(MONDAY_10AM).mockResolvedValue(MONDAY_LUNCH);
    show(load, { refreshMs: 20 });
    await until('You can post now: break time until 13:30');
    expect(load.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Popup: when the background cannot answer', () => {
  it('says so plainly, never with the error, and offers to try again', async () => {
    const load = vi
      .fn<() => Promise<StatusResponse>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.\n    at background.js:1:2'))
      .mockResolvedValueOnce(SATURDAY);
    show(load);
    await until('Post Guard could not read the time rules.');
    expect(text()).not.toMatch(/establish|Receiving|background\.js|Error/);
    expect(container.querySelector('.pg-now')).toBeNull();
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    expect(retry.type).toBe('button');
    retry.click();
    await until('You can post now: the weekend');
    expect(container.querySelector('button')).toBeNull();
  });

  it('still offers the setting', async () => {
    show(async () => Promise.reject(new Error('x')), { setting: fakeSetting(true) });
    await until('could not read');
    await vi.waitFor(() => expect(checkbox().checked).toBe(true));
  });
});

describe('Popup: the disclaimer setting', () => {
  it('is a labelled checkbox with its explanation', async () => {
    show(async () => SATURDAY);
    const box = checkbox();
    const label = container.querySelector(`label[for="${box.id}"]`);
    expect(label?.textContent).toBe("My profile already carries a 'views are my own' disclaimer");
    expect(container.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toContain('stops asking for a disclaimer');
  });

  it('shows the stored value (disabled until read) and saves each change', async () => {
    const setting = show(async () => SATURDAY, { setting: fakeSetting(false) });
    expect(checkbox().disabled).toBe(true);
    await vi.waitFor(() => expect(checkbox().disabled).toBe(false));
    expect(checkbox().checked).toBe(false);
    checkbox().click();
    await vi.waitFor(() => expect(setting.setValue).toHaveBeenCalledWith(true));
    expect(setting.value()).toBe(true);
    expect(checkbox().checked).toBe(true);
    checkbox().click();
    await vi.waitFor(() => expect(setting.value()).toBe(false));
  });

  it('follows a change made elsewhere (synced from another browser)', async () => {
    const setting = show(async () => SATURDAY, { setting: fakeSetting(false) });
    await vi.waitFor(() => expect(checkbox().disabled).toBe(false));
    setting.external(true);
    await vi.waitFor(() => expect(checkbox().checked).toBe(true));
  });

  it('puts the box back and says so when saving fails', async () => {
    show(async () => SATURDAY, { setting: fakeSetting(false, { failSave: true }) });
    await vi.waitFor(() => expect(checkbox().disabled).toBe(false));
    checkbox().click();
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('Post Guard could not save this setting. Please try again.'));
    expect(checkbox().checked).toBe(false);
    expect(text()).not.toContain('QUOTA');
  });
});

describe('Popup: keyboard', () => {
  it('uses only native controls, in reading order (no positive tabindex)', async () => {
    show(async () => Promise.reject(new Error('x')));
    await until('Try again');
    const controls = [...container.querySelectorAll('button, input, a, [tabindex]')];
    expect(controls.map((c) => c.tagName)).toEqual(['BUTTON', 'INPUT']);
    expect(controls.every((c) => !(Number(c.getAttribute('tabindex')) > 0))).toBe(true);
  });
});

describe('Popup in Welsh', () => {
  it('speaks Welsh throughout', async () => {
    show(async () => MONDAY_10AM, { messages: MESSAGES.cy });
    await until('Amser gwaith: ni chaniateir postio personol tan 12:30');
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Ar hyn o bryd', 'Rheol amser gwaith', 'Eich proffil']);
    expect(container.querySelector('label')?.textContent).toBe(MESSAGES.cy.popupDisclaimerLabel);
  });

  it('names the day in Welsh', async () => {
    show(async () => SATURDAY, { messages: MESSAGES.cy });
    await until('Gallwch bostio nawr: y penwythnos tan ');
    expect(headline()).toMatch(/dydd Llun/i);
  });

  it('says a failure in Welsh', async () => {
    show(async () => Promise.reject(new Error('x')), { messages: MESSAGES.cy });
    await until('Ni allai Post Guard ddarllen y rheolau amser.');
    expect(container.querySelector('button')?.textContent).toBe('Rhoi cynnig arall arni');
  });
});
