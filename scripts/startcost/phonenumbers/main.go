// Command phonenumbers links the phone number library guanxi reads phones with, and nothing else of
// guanxi: what it costs over an empty program is that library's initialiser, which Go runs in every
// process that links it. startcost measures it.
package main

import _ "github.com/nyaruka/phonenumbers"

func main() {}
