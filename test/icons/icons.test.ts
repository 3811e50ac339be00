import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { KNOWN_CHANNELS, EVIDENCE_LEVELS } from '../../src/model/types.js';
import { EMOTION_BANDS } from '../../src/i18n/emotion.js';
import {
  channelIcon,
  closeIcon,
  emotionGlyph,
  evidenceGlyph,
  isKnownChannel,
  momentOfTruthIcon,
} from '../../src/icons/icons.js';

function draw(template: TemplateResult): SVGSVGElement {
  const host = document.createElement('div');
  render(template, host);
  return host.querySelector('svg')!;
}

/** The drawing itself, without Lit's comment markers or the name attribute. */
function drawing(svg: SVGSVGElement): string {
  return svg.innerHTML.replace(/<!--[^>]*-->/g, '');
}

const ALL: [string, TemplateResult][] = [
  ...KNOWN_CHANNELS.map((c): [string, TemplateResult] => [c, channelIcon(c)]),
  ['generic', channelIcon()],
  ...EMOTION_BANDS.map((b): [string, TemplateResult] => [b, emotionGlyph(b)]),
  ...EVIDENCE_LEVELS.map((l): [string, TemplateResult] => [l, evidenceGlyph(l)]),
  ['moment-of-truth', momentOfTruthIcon()],
  ['close', closeIcon()],
];

describe('icons', () => {
  it('gives each known channel its own drawing', () => {
    const drawings = KNOWN_CHANNELS.map((c) => drawing(draw(channelIcon(c))));
    expect(new Set(drawings).size).to.equal(KNOWN_CHANNELS.length);
    const generic = drawing(draw(channelIcon()));
    expect(drawings).not.to.include(generic);
  });

  it('draws the generic icon for unknown or missing channels', () => {
    const generic = drawing(draw(channelIcon()));
    for (const channel of ['fax', '', 'Web', 'toString', '__proto__', undefined]) {
      expect(drawing(draw(channelIcon(channel))), String(channel)).to.equal(generic);
      expect(draw(channelIcon(channel)).dataset.icon).to.equal('generic');
    }
    expect(isKnownChannel('web')).to.equal(true);
    expect(isKnownChannel('toString')).to.equal(false);
  });

  it('gives each emotion band and evidence level a distinct glyph', () => {
    const faces = EMOTION_BANDS.map((b) => drawing(draw(emotionGlyph(b))));
    expect(new Set(faces).size).to.equal(EMOTION_BANDS.length);
    const evidence = EVIDENCE_LEVELS.map((l) => drawing(draw(evidenceGlyph(l))));
    expect(new Set(evidence).size).to.equal(EVIDENCE_LEVELS.length);
  });

  it('faces differ in shape, not colour: no colour other than currentColor', () => {
    for (const band of EMOTION_BANDS) {
      const svg = draw(emotionGlyph(band));
      for (const element of svg.querySelectorAll('*')) {
        for (const attribute of ['fill', 'stroke']) {
          const value = element.getAttribute(attribute);
          if (value !== null) expect(['none', 'currentColor'], `${band} ${attribute}`).to.include(value);
        }
      }
    }
  });

  it('are decorative, self-contained 24×24 drawings in currentColor', () => {
    for (const [name, template] of ALL) {
      const svg = draw(template);
      expect(svg.namespaceURI, name).to.equal('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('aria-hidden'), name).to.equal('true');
      expect(svg.getAttribute('focusable'), name).to.equal('false');
      expect(svg.getAttribute('viewBox'), name).to.equal('0 0 24 24');
      expect(svg.getAttribute('stroke'), name).to.equal('currentColor');
      expect(svg.getAttribute('fill'), name).to.equal('none');
      expect(svg.getAttribute('stroke-linecap'), name).to.equal('round');
      expect(Number(svg.getAttribute('stroke-width')), name).to.be.within(1.75, 2);
      expect(svg.querySelector('text, image, use, foreignObject, script'), name).to.equal(null);
      expect(svg.textContent!.trim(), name).to.equal('');
      expect(svg.querySelectorAll('path, circle, rect').length, name).to.be.greaterThan(0);
      for (const child of svg.querySelectorAll('*')) {
        expect(child.namespaceURI, name).to.equal('http://www.w3.org/2000/svg');
      }
    }
  });
});
