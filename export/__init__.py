"""Rendering a plan to paper: chart figures and PDF documents. No Qt."""
