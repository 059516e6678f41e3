-- Headless Neovim (0.7+) as a real LSP client of tactful-language-server (recipe: E2E.md).
-- Opens the file given on the command line, attaches the server, waits for its diagnostics,
-- applies the preferred quick fix for TACTFUL_RULE and waits for that finding to clear.
-- Everything it saw is written as JSON to TACTFUL_OUT; it exits 0, or 1 on a failure.
local out = os.getenv('TACTFUL_OUT')
local cmd_json = os.getenv('TACTFUL_SERVER_CMD')
if not out or not cmd_json then
  io.stderr:write('TACTFUL_OUT and TACTFUL_SERVER_CMD must be set\n')
  vim.cmd('cquit 2')
end
local cmd = vim.fn.json_decode(cmd_json)
local rule = os.getenv('TACTFUL_RULE')
local result = { steps = {} }

local function step(name)
  table.insert(result.steps, name)
end

local function finish(ok)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  if ok then
    vim.cmd('qa!')
  else
    vim.cmd('cquit 1')
  end
end

-- What the tests compare: a plain copy of each diagnostic.
local function snapshot(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return list
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype
  step('opened')

  -- Count publishes (not non-empty lists), so that a clean file does not time out.
  local publishes = 0
  local original = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
    publishes = publishes + 1
    return original(err, res, ctx, config)
  end

  local client_id = vim.lsp.start_client({
    name = 'tactful',
    cmd = cmd,
    root_dir = vim.fn.getcwd(),
    settings = { tactful = { enable = true } },
  })
  if not client_id then error('the language server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)
  step('attached')

  if not vim.wait(20000, function() return publishes > 0 end, 20) then error('no diagnostics within 20 s') end
  result.before = snapshot(buf)
  step('diagnostics')
  if not rule then return end

  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == rule then target = d break end
  end
  if not target then error('no ' .. rule .. ' diagnostic') end

  -- Neovim 0.7 does not keep the original LSP diagnostic: build it for the request context.
  local lsp_diagnostic = {
    range = {
      start = { line = target.lnum, character = target.col },
      ['end'] = { line = target.end_lnum, character = target.end_col },
    },
    severity = target.severity,
    message = target.message,
    source = target.source,
    code = target.code,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic } },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000)
  local chosen
  result.actions = {}
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
      if not chosen and action.isPreferred and action.kind == 'quickfix' then chosen = action end
    end
  end
  if not chosen then error('no preferred quick fix for ' .. rule) end
  result.applied = chosen.title
  local before_fix = publishes
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  step('applied')

  local cleared = vim.wait(20000, function()
    if publishes <= before_fix then return false end
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == rule then return false end
    end
    return true
  end, 20)
  result.after = snapshot(buf)
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  if not cleared then error(rule .. ' did not clear after the quick fix') end
  step('cleared')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then result.error = tostring(err) end
    finish(ok)
  end,
})
