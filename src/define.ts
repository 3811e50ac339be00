/** The package version, stamped on every element class so two copies on one page can tell each other apart. */
export const VERSION = '0.1.0';

type VersionedConstructor = CustomElementConstructor & { journeykitVersion?: string };

/**
 * Defines a custom element unless the tag is taken. A second copy of the same version (two
 * bundles on one page) is skipped silently; a different version warns, because the page would
 * otherwise use whichever copy loaded first without saying so.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.journeykitVersion !== VERSION) {
      console.warn(
        `journeykit ${VERSION}: <${tag}> is already defined by ${
          existing.journeykitVersion ? `journeykit ${existing.journeykitVersion}` : 'another library'
        }; keeping that definition.`,
      );
    }
    return;
  }
  (constructor as VersionedConstructor).journeykitVersion = VERSION;
  customElements.define(tag, constructor);
}
