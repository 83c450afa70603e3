// The one way a command-line script ends early: helpers throw a CommandError (what to say, which
// exit status) and the script's one wrapper, runCommand, says it and exits. Helpers never exit
// the process themselves, so they can be tested and reused.

/** A script's planned end: its message (Chinese, for editors; may be empty) and exit status. */
export class CommandError extends Error {
  readonly exitCode: number;

  /** `exitCode` 0 is a normal end (the message goes to stdout, as `--help` does); anything else goes to stderr. */
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CommandError';
    this.exitCode = exitCode;
  }
}

/**
 * Runs a script's main part and returns its result. A CommandError is printed (no stack trace)
 * and ends the process with its status; a number returned becomes the exit status of a normal
 * end. Any other error is not a planned end: it is rethrown, and Node prints it in full.
 */
export async function runCommand<T>(main: () => T | Promise<T>): Promise<T> {
  try {
    const result = await main();
    if (typeof result === 'number') process.exitCode = result;
    return result;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    if (error.message) (error.exitCode === 0 ? console.log : console.error)(error.message);
    process.exit(error.exitCode);
  }
}
