/** The command's entry: run with this process's arguments. */
import { run } from './main.js';

void run(process.argv);
