import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '../src/define.js';

describe('defineElement', () => {
  it('defines a tag once and skips a second copy of the same version silently', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      defineElement('jk-define-test-a', First);
      expect(() => defineElement('jk-define-test-a', Second)).not.to.throw();
      expect(customElements.get('jk-define-test-a')).to.equal(First);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });

  it('warns, naming both versions, when another version already defined the tag', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Older extends HTMLElement {
        static journeykitVersion = '0.0.1';
      }
      customElements.define('jk-define-test-b', Older);
      class Newer extends HTMLElement {}
      expect(() => defineElement('jk-define-test-b', Newer)).not.to.throw();
      expect(customElements.get('jk-define-test-b')).to.equal(Older);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION).and.to.contain('<jk-define-test-b>');
    } finally {
      console.warn = original;
    }
  });
});

describe('the package entry', () => {
  it('defines all five elements, each stamped with this version', async () => {
    await import('../src/index.js');
    for (const tag of ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix']) {
      const defined = customElements.get(tag) as (CustomElementConstructor & { journeykitVersion?: string }) | undefined;
      expect(defined, tag).not.to.equal(undefined);
      expect(defined!.journeykitVersion, tag).to.equal(VERSION);
    }
  });
});
