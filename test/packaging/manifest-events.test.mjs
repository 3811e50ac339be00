// Every event in custom-elements.json has a name and a description: Storybook's actions, the
// editor integrations and the JSX types are generated from it, and a nameless entry (the
// analyzer's reading of `dispatchEvent(new SomeEvent(…))`) broke every map story once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

test('every event of every element is named and described', () => {
  let count = 0;
  for (const moduleDoc of manifest.modules) {
    for (const declaration of moduleDoc.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        count++;
        assert.match(event.name ?? '', /^[a-z]+(-[a-z]+)*$/, `${declaration.tagName}: ${JSON.stringify(event)}`);
        assert.ok((event.description ?? '').length > 10, `${declaration.tagName} ${event.name} is described`);
      }
    }
  }
  assert.ok(count >= 8, `${count} events`);
});
