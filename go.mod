module github.com/wlzregels/zorgtoewijzing

go 1.25

require github.com/shopspring/decimal v1.6.0

// Tests only: go-cmp and testify (internal/conformance is imported by tests alone).
require (
	github.com/google/go-cmp v0.7.0
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
