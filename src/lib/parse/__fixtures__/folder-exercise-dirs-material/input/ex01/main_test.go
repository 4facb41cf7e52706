package main

func TestMain(t *testing.T) {}
