module github.com/wlzregels/zorgtoewijzing

go 1.25

require github.com/google/go-cmp v0.7.0

require github.com/shopspring/decimal v1.6.0 // indirect

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
