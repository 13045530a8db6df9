// `npm start`: serves the playground on localhost (PORT, default 8787) until stopped.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const {startPlayground} = require('./playground.js');

const port = Number(process.env.PORT || 8787);
const playground = await startPlayground({port});
console.log(`Paper Haul playground: ${playground.url}`);
console.log(playground.mode.label);
