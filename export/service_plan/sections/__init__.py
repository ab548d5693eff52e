"""The Service Plan's sections, one module each; each registers its builder with
`export.service_plan.template.builds`."""
