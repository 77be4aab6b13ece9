// Command linked links every package guanxi links and runs none of guanxi's code: what it costs
// is the start every guanxi process pays before main, the initialisers of all its libraries
// included. startcost measures it beside guanxi.
package main

import _ "guanxi/cli"

func main() {}
