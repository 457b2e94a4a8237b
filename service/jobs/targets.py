"""Where job callbacks may go. A callback URL is supplied by a client, so without care it is a way to make
the server POST into its own network (SSRF): loopback, private (RFC 1918, unique-local), link-local
(169.254.169.254 is the cloud metadata service), multicast and other non-global addresses are refused,
unless BISUM_CALLBACK_ALLOW_PRIVATE_NETWORKS is set (a CMS on the same private network).

The check runs on the resolved addresses, at job creation (422) and again before each delivery, and the
delivery connects to the address that was checked (the URL's host stays in `Host` and TLS SNI), so a DNS
answer that changes in between (rebinding) cannot redirect it."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from service.config import Settings
from service.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class CallbackTargetError(InputError):
    code = "callback_target_refused"


@dataclass(frozen=True)
class Target:
    """A checked callback destination: the URL to connect to (host replaced by the checked address, or
    unchanged when private networks are allowed) and the original host for `Host` / SNI."""

    url: str
    host: str
    netloc: str
    pinned: bool


def parse(url: str, settings: Settings) -> tuple[str, int]:
    """Host and port of an acceptable callback URL, before any DNS lookup."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise CallbackTargetError("callback_url must be an http or https URL")
    host = (parts.hostname or "").lower()
    if not host:
        raise CallbackTargetError("callback_url has no host")
    if parts.username or parts.password:
        raise CallbackTargetError("callback_url must not carry credentials")
    if settings.callback_hosts and host not in {h.lower() for h in settings.callback_hosts}:
        raise CallbackTargetError(f"callback host {host!r} is not in BISUM_CALLBACK_HOSTS")
    return host, parts.port or (443 if parts.scheme == "https" else 80)


def refused_reason(address: IPAddress) -> str | None:
    """Why a callback may not go to this address, or None if it is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for flag, reason in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_private", "private"),
        ("is_unspecified", "unspecified"),
        ("is_reserved", "reserved"),
    ):
        if getattr(address, flag):
            return reason
    return None if address.is_global else "not globally routable"


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to (an IP literal resolves to itself)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise CallbackTargetError(f"callback host {host!r} does not resolve") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


async def check(url: str, settings: Settings) -> Target:
    """The destination to connect to, or CallbackTargetError. Every resolved address must be public:
    one private answer among public ones is refused too (the client would pick which one is used)."""
    host, port = parse(url, settings)
    if settings.callback_allow_private_networks:
        return Target(url=url, host=host, netloc=urlsplit(url).netloc, pinned=False)
    addresses = await resolve(host, port)
    for address in addresses:
        if (reason := refused_reason(address)) is not None:
            raise CallbackTargetError(
                f"callback host {host!r} resolves to a {reason} address ({address}); callbacks go to public "
                "addresses only unless BISUM_CALLBACK_ALLOW_PRIVATE_NETWORKS is set",
                detail={"host": host, "address": str(address), "reason": reason},
            )
    netloc = urlsplit(url).netloc.rsplit("@", 1)[-1]
    return Target(url=_with_host(url, addresses[0], port), host=host, netloc=netloc, pinned=True)


def _with_host(url: str, address: IPAddress, port: int) -> str:
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    return urlunsplit((parts.scheme, f"{literal}:{port}", parts.path, parts.query, ""))
