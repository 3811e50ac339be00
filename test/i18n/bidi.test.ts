import { expect } from '@open-wc/testing';
import { formatMetric, isIsolated, isolate, messagesFor } from '../../src/i18n/index.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';

describe('isolate', () => {
  it('leaves left-to-right text in a left-to-right line as it is', () => {
    expect(isolate('Maria Lind', 'ltr')).to.equal('Maria Lind');
    expect(isolate('Åsa Ørn – 12 %', 'ltr')).to.equal('Åsa Ørn – 12 %');
    expect(isolate('', 'rtl')).to.equal('');
  });

  it('isolates right-to-left letters, bidi controls, and everything in a right-to-left line', () => {
    for (const text of ['נועה', 'مريم', `${RLO}NPS`, 'a\u200fb', '\u2067x', 'x\u202a']) {
      expect(isolate(text, 'ltr'), JSON.stringify(text)).to.equal(`${FSI}${text}${PDI}`);
    }
    expect(isolate('Maria', 'rtl')).to.equal(`${FSI}Maria${PDI}`);
    expect(isIsolated(isolate('נועה'))).to.equal(true);
    expect(isIsolated('Maria')).to.equal(false);
  });

  it('drops a stray pop-isolate that would end the isolation early, keeping matched pairs', () => {
    expect(isolate(`${PDI}${RLO}AB`, 'ltr')).to.equal(`${FSI}${RLO}AB${PDI}`);
    expect(isolate(`a${FSI}b${PDI}${PDI}c`, 'ltr')).to.equal(`${FSI}a${FSI}b${PDI}c${PDI}`);
  });

  it("isolates a metric's label, unknown kind and unit from the built-in words around them", () => {
    const msg = messagesFor('en');
    const label = formatMetric('en', msg, { kind: 'nps', value: 30, label: `${RLO}Promoters` });
    expect(label.text).to.equal(`${FSI}${RLO}Promoters${PDI}: +30`);
    const unknown = formatMetric('en', msg, { kind: 'מדד', value: 2, unit: 'יום' });
    expect(unknown.text).to.equal(`${FSI}מדד${PDI}: 2\u00a0${FSI}יום${PDI}`);
    const arabic = formatMetric('ar', messagesFor('ar'), { kind: 'csat', value: 4, label: 'Happy' }, 'rtl');
    expect(arabic.name).to.equal(`${FSI}Happy${PDI}`);
  });

  it('keeps the built-in words in order on screen next to an unterminated override', async () => {
    const msg = messagesFor('en');
    const line = document.createElement('p');
    line.style.cssText = 'font: 16px monospace; white-space: pre';
    line.textContent = formatMetric('en', msg, { kind: 'nps', value: 30, label: `${RLO}AB` }).text;
    document.body.append(line);
    try {
      // The built-in ": +30" stays after the label, left to right: "+" is left of "3", "3" of "0".
      const text = line.firstChild as Text;
      const at = (char: string): number => {
        const range = document.createRange();
        const index = text.data.indexOf(char);
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      expect(at('+')).to.be.lessThan(at('3'));
      expect(at('3')).to.be.lessThan(at('0'));
      expect(at(':')).to.be.lessThan(at('+'));
    } finally {
      line.remove();
    }
  });
});
