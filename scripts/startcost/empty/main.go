// Command empty is a Go program that does nothing: the start of the Go runtime alone, which
// startcost sets beside the others.
package main

func main() {}
