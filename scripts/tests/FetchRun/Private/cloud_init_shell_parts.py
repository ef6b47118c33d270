#!/usr/bin/env python3
"""Unpacks launch-template user data the way cloud-init does, for New-FetchRunUserData.Tests.ps1.

Usage: cloud_init_shell_parts.py <output-dir>  (base64 user data on standard input)

Writes each text/x-shellscript part to <output-dir>/part-NNN with mode 0700 and prints its path, one per
line. It follows cloud-init's own steps: cloudinit/user_data.py convert_string() parses a blob that
starts with MIME-Version through email.message_from_string(); util.fully_decoded_payload() decodes each
part's Content-Transfer-Encoding and charset; the shell-script handler writes that text to a file, byte
for byte, and runs it by its path, so the kernel reads the '#!' line. Nothing here normalises line ends:
a part written with CRLF comes out with CRLF, as it would on the instance.
cloud-init user data formats: https://cloudinit.readthedocs.io/en/latest/explanation/format.html
"""
import base64
import email
import os
import sys


def fully_decoded_payload(part):
    payload = part.get_payload(decode=True)
    charset = part.get_charset()
    encoding = charset.input_codec if charset and charset.input_codec else "utf-8"
    return payload.decode(encoding, "surrogateescape")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    blob = base64.b64decode(sys.stdin.read().strip(), validate=True).decode("utf-8")
    if "mime-version:" not in blob[:4096].lower():
        sys.exit("user data is not MIME multi-part (no MIME-Version header)")
    message = email.message_from_string(blob)
    if not message.is_multipart():
        sys.exit("user data is not multipart: %s" % message.get_content_type())
    count = 0
    for part in message.walk():
        if part.get_content_type() != "text/x-shellscript":
            continue
        count += 1
        path = os.path.join(out, "part-%03d" % count)
        with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as script:
            script.write(fully_decoded_payload(part))
        os.chmod(path, 0o700)
        print(path)
    if count == 0:
        sys.exit("user data has no text/x-shellscript part")


if __name__ == "__main__":
    main()
