#!/usr/bin/env lua

--#!/usr/local/bin/lua

print("Hello World")