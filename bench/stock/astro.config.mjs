// Stock settings on purpose: this project is the baseline, so nothing here is tuned.
import { defineConfig } from 'astro/config';

export default defineConfig({});
