package registrydoc

//go:generate go test -run TestREADMEIsGenerated -update .
