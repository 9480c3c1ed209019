import { describe, expect, it } from 'vitest';
import { mayFetch, networkScope } from '../../../utils/counterpart/private-address.ts';

describe('the URL parser this relies on', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[::127.0.0.1]/', '[::7f00:1]'],
    ['http://LocalHost./', 'localhost.'],
  ])('writes %s with the host %s', (url, host) => {
    expect(new URL(url).hostname).toBe(host);
  });
});

describe('networkScope', () => {
  const privateUrls = [
    // loopback in every notation
    'http://127.0.0.1/',
    'http://127.0.0.1:8080/page',
    'http://127.255.255.254/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.1/',
    'http://0x7f000001/',
    'http://127.1/',
    'http://127.0.0.1./',
    'http://%31%32%37.0.0.1/',
    'http://０x7f.1/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[::ffff:0:7f00:1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[64:ff9b:1::1]/',
    'http://[2002:7f00:1::]/',
    'http://[2002:c0a8:101::1]/',
    // private, link-local, CGNAT, "this network", multicast, broadcast, reserved
    'http://10.0.0.1/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://3232235777/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://100.127.255.255/',
    'http://0.0.0.0/',
    'http://0/',
    'http://0.1.2.3/',
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://240.0.0.1/',
    'http://255.255.255.255/',
    'http://198.18.0.1/',
    'http://192.0.0.8/',
    'http://[::ffff:10.1.2.3]/',
    'http://[::ffff:192.168.0.1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fec0::1]/',
    'http://[ff02::1]/',
    'http://[100::1]/',
    'http://[2001:db8::1]/',
    // local names
    'http://localhost/',
    'http://LOCALHOST./',
    'http://localhost:3000/',
    'http://app.localhost/',
    'http://printer.local/',
    'http://nas.lan/',
    'http://wiki.corp.internal/',
    'http://router.home.arpa/',
    'http://server.localdomain/',
    'http://intranet/',
    'http://intranet./',
    'http://site.test/',
    // not a URL at all
    'not a url',
    '',
  ];
  it.each(privateUrls)('%s is private', (url) => {
    expect(networkScope(url)).toBe('private');
  });

  const publicUrls = [
    'https://www.example.com/news/article',
    'https://news.example/',
    'http://8.8.8.8/',
    'http://134744072/',
    'http://1.1.1.1/',
    'http://172.15.255.255/',
    'http://172.32.0.1/',
    'http://192.169.0.1/',
    'http://100.63.255.255/',
    'http://100.128.0.1/',
    'http://169.253.0.1/',
    'http://11.0.0.1/',
    'http://223.255.255.255/',
    'http://[2606:4700:4700::1111]/',
    'http://[::ffff:8.8.8.8]/',
    'http://[64:ff9b::808:808]/',
    'http://[2002:808:808::1]/',
    'https://bücher.example/',
    'https://localhost.example.com/',
    'https://local.example.com/',
    'https://lan.example.org/',
    'https://www.lemonde.fr/international/article/2024/10/21/x.html',
  ];
  it.each(publicUrls)('%s is public', (url) => {
    expect(networkScope(url)).toBe('public');
  });

  it('takes a URL object as well as a string', () => {
    expect(networkScope(new URL('http://127.0.0.1/'))).toBe('private');
    expect(networkScope(new URL('https://example.com/'))).toBe('public');
  });
});

describe('mayFetch', () => {
  const cases: Array<[string, string, boolean, string]> = [
    ['https://www.example.de/artikel', 'https://www.example.com/article', true, 'public from public'],
    ['https://www.example.de/artikel', 'http://127.0.0.1:8080/en.html', true, 'public from private'],
    ['http://127.0.0.1:9000/de.html', 'https://news.example/en.html', false, 'loopback from public'],
    ['http://2130706433/', 'https://news.example/en.html', false, 'decimal loopback from public'],
    ['http://[::ffff:127.0.0.1]/', 'https://news.example/en.html', false, 'mapped loopback from public'],
    ['http://localhost/', 'https://news.example/en.html', false, 'localhost from public'],
    ['http://router.lan/', 'https://news.example/en.html', false, '.lan from public'],
    ['http://192.168.1.1/admin', 'https://news.example/en.html', false, 'private from public'],
    ['http://127.0.0.1:8080/de.html', 'http://127.0.0.1:8080/en.html', true, 'own loopback host'],
    ['http://127.0.0.1:9999/de.html', 'http://127.0.0.1:8080/en.html', true, 'own loopback host, another port'],
    ['http://2130706433:8080/de.html', 'http://127.0.0.1:8080/en.html', true, 'own host in another notation'],
    ['http://wiki.corp.internal/de', 'http://wiki.corp.internal/en', true, 'own intranet host'],
    ['http://WIKI.corp.internal./de', 'http://wiki.corp.internal/en', true, 'own host, other case and a trailing dot'],
    ['http://192.168.1.1/', 'http://127.0.0.1:8080/en.html', false, 'another private host from a loopback page'],
    ['http://localhost:8080/de.html', 'http://127.0.0.1:8080/en.html', false, 'localhost from a 127.0.0.1 page'],
    ['http://de.wiki.lan/', 'http://en.wiki.lan/', false, 'another intranet host'],
    ['ftp://www.example.de/', 'https://www.example.com/', false, 'not http'],
    ['javascript:alert(1)', 'https://www.example.com/', false, 'a script'],
    ['file:///etc/passwd', 'file:///home/', false, 'a file'],
    ['not a url', 'https://www.example.com/', false, 'not a URL'],
    ['http://127.0.0.1/', 'not a url', false, 'private from an unknown page'],
  ];
  it.each(cases)('%s from a page at %s: %s (%s)', (target, page, allowed) => {
    expect(mayFetch(target, page)).toBe(allowed);
  });
});
