import { describe } from 'vitest';
import { launchFirefox } from './support/browsers.ts';
import { seedScenarios, useSiteAndBrowser } from './support/suite.ts';

describe('Firefox ESR, built extension: the seed pair', () => {
  seedScenarios(useSiteAndBrowser(launchFirefox));
});
