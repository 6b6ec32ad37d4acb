// A proxy on 127.0.0.1 that forwards nothing: Firefox is configured to send every connection
// through it (see quiet-profile.ts), so it records the first line of each attempt ("CONNECT
// tracker.example:443 HTTP/1.1", "GET http://host/path HTTP/1.1") and refuses it. It sees what
// no WebDriver event reports: the background script, extension pages, Firefox's own services.
import { createServer, type Server, type Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** One entry per connection attempt, e.g. "CONNECT tracker.example:443". */
  attempts: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk) => {
      const firstLine = chunk.toString('latin1').split('\r\n')[0] ?? '';
      attempts.push(firstLine.replace(/ HTTP\/\d(\.\d)?$/, ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The recording proxy has no TCP port.');
  return {
    port: address.port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
