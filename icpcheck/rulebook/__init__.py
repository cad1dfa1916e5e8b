"""The rulebook layer: its model, conditions, the safe reader, building and checking one."""
