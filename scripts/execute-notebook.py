"""Executes a notebook with the tslab TypeScript kernel from the project root, so cells can import
lib/ and models/ (tslab compiles with the kernel's working directory as rootDir). Fails on the first
cell error. Usage: /usr/bin/python3 scripts/execute-notebook.py notebooks/x.ipynb out.ipynb"""
import os
import sys

import nbclient
import nbformat

source, target = sys.argv[1], sys.argv[2]
notebook = nbformat.read(source, as_version=4)
client = nbclient.NotebookClient(notebook, kernel_name='tslab', timeout=900, resources={'metadata': {'path': os.getcwd()}})
try:
    client.execute()
finally:
    os.makedirs(os.path.dirname(target) or '.', exist_ok=True)
    nbformat.write(notebook, target)
print(f'executed {source} -> {target}')
