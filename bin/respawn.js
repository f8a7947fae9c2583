// Runs the same command again in a child Node process started with extra
// flags, and stands in for it: the child writes straight to this process's
// streams, its exit code (or the signal that ended it) becomes this
// process's, and a signal meant for the command reaches it once.
const { spawn } = require('node:child_process');

const passedOn = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Starts `node FLAGS… SCRIPT ARGS…` with an IPC channel the child watches:
 * if this process is killed, the channel closes and the child stops as if
 * it had been killed too, rather than running on unseen.
 */
function respawn(flags, script, args) {
  const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });

  // Ctrl-C typed in a terminal reaches the whole foreground group, the
  // child included; passing it on would make it a second Ctrl-C, which
  // stops at once. A signal sent to this process alone is passed on.
  const forward = (signal) => {
    if (signal === 'SIGINT' && process.stdin.isTTY) return;
    child.kill(signal);
  };
  for (const signal of passedOn) process.on(signal, forward);

  child.on('error', (error) => {
    process.stderr.write(`ficha: could not start Node again (${error.message})\n`);
    process.exit(70);
  });
  child.on('exit', (code, signal) => {
    for (const name of passedOn) process.off(name, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 70);
  });
}

/** In the child: stop as if killed when the process standing in for it is gone. */
function followParent() {
  if (!process.channel) return;
  // The channel must not keep the command alive once its work is done.
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}

module.exports = { respawn, followParent };
